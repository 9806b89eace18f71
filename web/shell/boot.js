// Starts the playground: checks that the browser can run it, then loads looplab.js (Emscripten's
// loader for looplab.wasm). Every way of failing ends in a readable message, never a blank page.
(function () {
  'use strict';

  var canvas = document.getElementById('canvas');
  var message = document.getElementById('message');
  var messageText = document.getElementById('message-text');

  var failed = false;

  // Also called from the wasm (web/src/dom_bridge.cpp) when it cannot start. The first failure is
  // the cause; later ones (a rejected promise after an abort) only echo it, so they do not replace it.
  function showMessage(text) {
    if (failed) return;
    failed = true;
    messageText.textContent = text;
    message.className = 'error';
    message.hidden = false;
    canvas.style.display = 'none';
  }
  window.looplabShowMessage = showMessage;

  function hasWebAssembly() {
    return typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function';
  }

  // A throwaway canvas, so the real one gets its context with SDL's attributes.
  function hasWebGL2() {
    try {
      var gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return false;
      var lose = gl.getExtension('WEBGL_lose_context');
      if (lose) lose.loseContext();
      return true;
    } catch (e) {
      return false;
    }
  }

  if (!hasWebAssembly()) {
    showMessage('Looplab needs WebAssembly, which this browser does not offer (or has turned off). ' +
                'Try a recent Firefox, Chrome, Edge or Safari.');
    return;
  }
  if (!hasWebGL2()) {
    showMessage('Looplab needs WebGL2 to draw, and this browser could not start it. ' +
                'Check that hardware acceleration is on, or try a recent Firefox, Chrome, Edge or Safari.');
    return;
  }

  // A crash inside the running app (a wasm trap, an uncaught exception) does not reach onAbort:
  // turn it into a message too, instead of a frozen canvas.
  window.addEventListener('error', function (event) {
    showMessage('Looplab stopped after an error: ' + (event.message || 'unknown error') +
                '. Reloading the page usually helps; if it happens again, please report it.');
  });
  window.addEventListener('unhandledrejection', function (event) {
    showMessage('Looplab stopped after an error: ' + String(event.reason) +
                '. Reloading the page usually helps; if it happens again, please report it.');
  });
  // The browser can take the GPU away (driver reset, too many tabs with WebGL).
  canvas.addEventListener('webglcontextlost', function (event) {
    event.preventDefault();
    showMessage('Looplab lost its drawing surface (the browser reset WebGL). Reload the page to continue.');
  });

  // SDL cancels mousedown, which also cancels the browser's focus change: focus the canvas
  // ourselves, or the keyboard (typing in the editor, the shortcuts) never reaches it.
  function focusCanvas() {
    if (document.activeElement !== canvas) canvas.focus({ preventScroll: true });
  }
  canvas.addEventListener('mousedown', focusCanvas, true);
  canvas.addEventListener('touchstart', focusCanvas, { capture: true, passive: true });

  var started = false;
  window.Module = {
    canvas: canvas,
    print: function (text) { console.log(text); },
    // Emscripten's stderr carries its own warnings too (a .wasm served with the wrong MIME type,
    // a failed streaming compile): surface them as errors so that tests catch them.
    printErr: function (text) { console.error(text); },
    onRuntimeInitialized: function () {
      started = true;
      message.hidden = true;
    },
    onAbort: function (reason) {
      // Reached when looplab.wasm cannot be downloaded or compiled, or the app hits a fatal error.
      var text = String(reason).replace(/\s*Build with -s ASSERTIONS=1 for more info\.?/g, '');
      if (/fetching of the wasm failed/.test(text)) {
        showMessage('Looplab stopped: its code (looplab.wasm) could not be downloaded. ' +
                    'Check the connection and reload the page.');
      } else {
        showMessage('Looplab stopped: ' + text +
                    '. Reloading the page usually helps; if it happens again, please report it.');
      }
    },
  };

  var script = document.createElement('script');
  script.src = 'looplab.js';
  script.async = true;
  script.onerror = function () {
    if (!started) showMessage('Looplab could not be downloaded (looplab.js). Check the connection and reload.');
  };
  document.body.appendChild(script);
})();
