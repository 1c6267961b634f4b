/*
 * Lazy Mermaid for the flowchart pages.
 *
 * Material draws each diagram by calling the global `mermaid` (initialize, render).
 * This small stand-in takes those calls and loads the real Mermaid 11 only when a
 * diagram comes near the viewport, or once the page is idle:
 *  - over http(s): the ES module build, which fetches only the chunks a flowchart
 *    needs (about a quarter of the single-file build);
 *  - from disk (file://, the offline bundle), or if the module build cannot load:
 *    the single-file build mermaid.min.js.
 * Both files come from the pinned npm package and are served by the site itself.
 */
(function () {
  "use strict";
  var here = document.currentScript.src;
  var moduleUrl = new URL("mermaid-esm/mermaid.esm.min.mjs", here).href;
  var scriptUrl = new URL("mermaid.min.js", here).href;
  var settings = {};
  var ready = null;

  function loadScript() {
    return new Promise(function (resolve, reject) {
      var tag = document.createElement("script");
      tag.src = scriptUrl;
      tag.onload = function () { resolve(window.mermaid); };
      tag.onerror = reject;
      document.head.appendChild(tag);
    });
  }

  function loadMermaid() {
    if (location.protocol === "file:") return loadScript();
    return import(moduleUrl).then(
      function (module) { return module.default; },
      function () { return loadScript(); }
    );
  }

  function diagramWanted() {
    return new Promise(function (resolve) {
      var observer = new IntersectionObserver(function (entries) {
        if (entries.some(function (entry) { return entry.isIntersecting; })) {
          observer.disconnect();
          resolve();
        }
      }, { rootMargin: "300px 0px" });
      document.querySelectorAll(".mermaid").forEach(function (element) {
        observer.observe(element);
      });
      function whenIdle() {
        (window.requestIdleCallback || setTimeout)(resolve, { timeout: 2000 });
      }
      if (document.readyState === "complete") whenIdle();
      else addEventListener("load", whenIdle);
    });
  }

  window.mermaid = {
    initialize: function (config) { settings = config; },
    render: function (id, text) {
      ready = ready || diagramWanted().then(loadMermaid).then(function (real) {
        real.initialize(settings);
        window.mermaid = real;
        return real;
      });
      return ready.then(function (real) { return real.render(id, text); });
    }
  };
})();
