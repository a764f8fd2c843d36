// Officer wellness: blur images and videos until clicked, optional grayscale.
//
// Runs in an isolated world (QWebEngineScript.ApplicationWorld): page scripts cannot see these
// functions. The effect is a constructed stylesheet added to document.adoptedStyleSheets, so the
// page's own markup is untouched; only an element the officer revealed carries a data attribute.
// suspend() removes every trace (for evidence capture) and resume() puts it back as it was.
(function () {
  "use strict";
  if (window.__npBlur) { return; }

  var MEDIA = "img, video, picture, canvas, svg image, object, embed, [style*='background-image']";
  var REVEALED = "data-np-revealed";
  var blurSheet = new CSSStyleSheet();
  blurSheet.replaceSync(
    ":is(" + MEDIA + "):not([" + REVEALED + "]) { filter: blur(28px) saturate(0.4) !important; }\n" +
    "video:not([" + REVEALED + "]) { pointer-events: auto !important; }");
  var graySheet = new CSSStyleSheet();
  graySheet.replaceSync("html { filter: grayscale(1) !important; }");

  var state = { blur: false, gray: false, suspended: false };
  var revealed = [];  // WeakRefs of elements the officer clicked open

  function setSheet(sheet, on) {
    var others = Array.prototype.filter.call(document.adoptedStyleSheets, function (s) { return s !== sheet; });
    document.adoptedStyleSheets = on ? others.concat([sheet]) : others;
  }

  function apply() {
    var active = !state.suspended;
    setSheet(blurSheet, active && state.blur);
    setSheet(graySheet, active && state.gray);
    revealed.forEach(function (ref) {
      var el = ref.deref();
      if (!el) { return; }
      if (active) { el.setAttribute(REVEALED, ""); } else { el.removeAttribute(REVEALED); }
    });
  }

  function mediaAt(x, y) {
    var stack = document.elementsFromPoint(x, y);
    for (var i = 0; i < stack.length; i++) {
      if (stack[i].matches && stack[i].matches(MEDIA) && !stack[i].hasAttribute(REVEALED)) { return stack[i]; }
    }
    return null;
  }

  // A real click (not one a page script dispatched) on a blurred picture reveals it, and does
  // nothing else: the link around the picture is not followed on that first click.
  window.addEventListener("click", function (event) {
    if (!state.blur || state.suspended || !event.isTrusted) { return; }
    var el = mediaAt(event.clientX, event.clientY);
    if (!el) { return; }
    event.preventDefault();
    event.stopImmediatePropagation();
    el.setAttribute(REVEALED, "");
    revealed.push(new WeakRef(el));
  }, true);

  // A page (or its framework) may replace document.adoptedStyleSheets wholesale; put ours back.
  setInterval(function () {
    if (state.suspended) { return; }
    var sheets = Array.prototype.slice.call(document.adoptedStyleSheets);
    if ((state.blur && sheets.indexOf(blurSheet) < 0) || (state.gray && sheets.indexOf(graySheet) < 0)) { apply(); }
  }, 500);

  window.__npBlur = {
    configure: function (blur, gray) {
      state.blur = !!blur;
      state.gray = !!gray;
      apply();
      return { blur: state.blur, gray: state.gray };
    },
    suspend: function () { state.suspended = true; apply(); return true; },
    resume: function () { state.suspended = false; apply(); return true; },
    revealedCount: function () {
      return revealed.filter(function (ref) { return ref.deref(); }).length;
    }
  };
})();
