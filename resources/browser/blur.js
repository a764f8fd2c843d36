// Officer wellness: blur images and videos until clicked, optional grayscale.
//
// Pictures set as CSS backgrounds by the site's own stylesheets (profile pictures, thumbnails,
// feed tiles) cannot be selected by CSS alone, so a watcher finds elements whose computed
// background is an image and blurs each with a Web Animation of its own: no attribute, so the
// page's markup, its MutationObservers and a session-replay script see no NetPatrol mark on its
// elements (a data-np-bg attribute did, session 25). suspend() cancels them.
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
  var MIN_SIDE = 24;    // icons and bullets drawn as backgrounds are not pictures worth hiding
  var BLUR = "blur(28px) saturate(0.4)";
  var blurSheet = new CSSStyleSheet();
  blurSheet.replaceSync(
    ":is(" + MEDIA + "):not([" + REVEALED + "]) { filter: " + BLUR + " !important; }\n" +
    "video:not([" + REVEALED + "]) { pointer-events: auto !important; }");
  var graySheet = new CSSStyleSheet();
  graySheet.replaceSync("html { filter: grayscale(1) !important; }");

  var state = { blur: false, gray: false, suspended: false };
  var revealed = [];  // WeakRefs of elements the officer clicked open
  var backgrounds = [];  // [WeakRef of an element showing a background picture, its blurring animation]
  var marked = new WeakSet();  // those elements (and background pictures the officer revealed)
  var queue = [];
  var queued = false;
  var watcher = null;

  function showsBackgroundPicture(el) {
    if (marked.has(el)) { return false; }
    var image = getComputedStyle(el).backgroundImage;
    if (!image || image.indexOf("url(") < 0) { return false; }
    var rect = el.getBoundingClientRect();
    return rect.width >= MIN_SIDE && rect.height >= MIN_SIDE;
  }

  // An animation that holds the blur until it is cancelled: it never ends, and paused it costs no frames.
  function hold(el) {
    var held = el.animate([{ filter: BLUR }, { filter: BLUR }], { duration: Infinity, fill: "both" });
    held.pause();
    return held;
  }

  function mark(el) {
    marked.add(el);
    backgrounds.push([new WeakRef(el), hold(el)]);
  }

  function unmarkAll() {
    backgrounds.forEach(function (pair) {
      pair[1].cancel();
      var el = pair[0].deref();
      if (el) { marked.delete(el); }
    });
    backgrounds = [];
  }

  // The background picture at el is shown again (the officer clicked it): its animation goes, it stays marked.
  function revealBackground(el) {
    backgrounds = backgrounds.filter(function (pair) {
      if (pair[0].deref() !== el) { return true; }
      pair[1].cancel();
      return false;
    });
  }

  function blurredBackground(el) {
    return backgrounds.some(function (pair) { return pair[0].deref() === el; });
  }

  function scan(root) {
    if (!root || root.nodeType !== 1) { return; }
    if (showsBackgroundPicture(root)) { mark(root); }
    var all = root.getElementsByTagName("*");
    for (var i = 0; i < all.length; i++) { if (showsBackgroundPicture(all[i])) { mark(all[i]); } }
  }

  function drain() {
    queued = false;
    var batch = queue;
    queue = [];
    if (!state.blur || state.suspended) { return; }
    batch.forEach(scan);
  }

  function enqueue(el) {
    queue.push(el);
    if (!queued) { queued = true; setTimeout(drain, 50); }
  }

  // Added subtrees and elements whose class or style changed may now show a background picture.
  function watch(on) {
    if (on && !watcher) {
      watcher = new MutationObserver(function (records) {
        records.forEach(function (r) {
          if (r.type === "attributes") { enqueue(r.target); } else { r.addedNodes.forEach(enqueue); }
        });
      });
      watcher.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["class", "style"] });
      enqueue(document.documentElement);
    } else if (!on && watcher) {
      watcher.disconnect();
      watcher = null;
      queue = [];
    }
  }

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
    var marking = active && state.blur;
    if (!marking) { unmarkAll(); }
    watch(marking);
  }

  function mediaAt(x, y) {
    var stack = document.elementsFromPoint(x, y);
    for (var i = 0; i < stack.length; i++) {
      if (blurredBackground(stack[i])) { return stack[i]; }
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
    if (blurredBackground(el)) { revealBackground(el); return; }
    el.setAttribute(REVEALED, "");
    revealed.push(new WeakRef(el));
  }, true);

  // Stylesheets that arrive after the elements they style: look at the whole page again.
  ["DOMContentLoaded", "load"].forEach(function (name) {
    window.addEventListener(name, function () { if (watcher) { enqueue(document.documentElement); } });
  });

  // A page (or its framework) may replace document.adoptedStyleSheets wholesale, or cancel every
  // animation of the document; put ours back.
  setInterval(function () {
    if (state.suspended) { return; }
    backgrounds.forEach(function (pair) {
      var el = pair[0].deref();
      if (el && pair[1].playState === "idle") { pair[1] = hold(el); }
    });
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
