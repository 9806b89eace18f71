#include "app.h"

#include <algorithm>
#include <cstdio>

#include "core/base/version.h"
#include "imgui.h"

namespace looplab::web {

namespace {

// What a learner will soon be able to run; shown in the code font as a preview.
constexpr const char* kSampleScript =
    "setTimeout(() => console.log('timeout'), 0);\n"
    "setImmediate(() => console.log('immediate'));\n"
    "process.nextTick(() => console.log('nextTick'));\n"
    "Promise.resolve().then(() => console.log('promise'));";

std::string format_float(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

}  // namespace

void App::draw(const Fonts& fonts) {
  m_previous_rects = m_widget_rects;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float margin = 16.0f;
  const float width = std::min(620.0f, viewport->WorkSize.x - 2 * margin);
  ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f,
                                 viewport->WorkPos.y + viewport->WorkSize.y * 0.5f),
                          ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::max(width, 200.0f), 0.0f), ImGuiCond_Always);  // height: fit

  const std::string title = "Looplab " + std::string(looplab_version_string());
  // "###welcome" keeps the window's identity stable whatever the visible title says.
  ImGui::Begin((title + "###welcome").c_str(), nullptr,
               ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings);

  ImGui::TextUnformatted(version_banner().c_str());
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled(
      "Learn how Node.js really runs code: the event loop phases, nextTick and promise "
      "microtasks, timers, the thread pool \xE2\x80\x94 on a deterministic simulation you can step "
      "through.");
  ImGui::PopTextWrapPos();

  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyleColorVec4(ImGuiCol_ChildBg));
  ImGui::PushFont(fonts.code);
  const float code_height = ImGui::GetTextLineHeight() * 4 + ImGui::GetStyle().WindowPadding.y * 2;
  ImGui::BeginChild("sample", ImVec2(0, code_height), true);
  ImGui::TextUnformatted(kSampleScript);
  ImGui::EndChild();
  ImGui::PopFont();
  ImGui::PopStyleColor();

  if (ImGui::Button("Say hello")) ++m_hello_clicks;
  remember_last_item("hello_button");
  ImGui::SameLine();
  if (m_hello_clicks == 0) {
    ImGui::TextDisabled("The simulator arrives in the next versions.");
  } else {
    ImGui::Text("Hello from the event loop! (%d %s)", m_hello_clicks,
                m_hello_clicks == 1 ? "click" : "clicks");
  }

  ImGui::End();

  if (!m_ready && !m_widget_rects.empty() && m_widget_rects == m_previous_rects) m_ready = true;
}

void App::remember_last_item(const char* name) {
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  m_widget_rects[name] = WidgetRect{min.x, min.y, max.x - min.x, max.y - min.y};
}

std::string App::state_json(const FrameInfo& frame, const Fonts& fonts) const {
  std::string json = std::string("{\"ready\":") + (m_ready ? "true" : "false");
  json += ",\"version\":\"" + std::string(looplab_version_string()) + "\"";
  json += ",\"frame\":" + std::to_string(frame.frame);
  json += ",\"first_frame_ms\":" + format_float(frame.first_frame_ms);
  json += ",\"dpr\":" + format_float(frame.dpr);
  json += ",\"display\":[" + format_float(frame.display_w) + "," + format_float(frame.display_h) + "]";
  json += ",\"framebuffer\":[" + std::to_string(frame.framebuffer_w) + "," +
          std::to_string(frame.framebuffer_h) + "]";
  json += ",\"font_dpr\":" + format_float(fonts.dpr);
  json += ",\"font_builds\":" + std::to_string(frame.font_builds);
  json += ",\"ui_font_px\":" + format_float(fonts.ui_px);
  json += ",\"hello_clicks\":" + std::to_string(m_hello_clicks);
  // Where ImGui believes the mouse is (CSS px); -1,-1 when it does not know.
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const bool known = ImGui::IsMousePosValid(&mouse);
  json +=
      ",\"mouse\":[" + format_float(known ? mouse.x : -1) + "," + format_float(known ? mouse.y : -1) + "]";
  json += ",\"widgets\":{";
  bool first = true;
  for (const auto& [name, rect] : m_widget_rects) {
    if (!first) json += ",";
    first = false;
    json += "\"" + name + "\":{\"x\":" + format_float(rect.x) + ",\"y\":" + format_float(rect.y) +
            ",\"w\":" + format_float(rect.w) + ",\"h\":" + format_float(rect.h) + "}";
  }
  json += "}}";
  return json;
}

}  // namespace looplab::web
