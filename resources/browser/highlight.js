// Keyword hits, highlighted without touching the page's markup.
//
// Runs in an isolated world (QWebEngineScript.ApplicationWorld). Hits are painted with the CSS
// Custom Highlight API (CSS.highlights + ::highlight()), so no <mark> element is inserted: the DOM
// a capture serialises is the page's own, and page scripts cannot call or reconfigure this code.
// Chinese needs no word boundaries: a keyword is found as a substring of the visible text, also
// across inline tags (援<b>交</b>). Latin keywords match whole words, case-insensitively.
(function () {
  "use strict";
  if (window.__npHighlight) { return; }

  var HIT = "np-hit";
  var CURRENT = "np-hit-current";
  var SKIP = { SCRIPT: 1, STYLE: 1, NOSCRIPT: 1, TEMPLATE: 1, TEXTAREA: 1, HEAD: 1, TITLE: 1 };
  var sheet = new CSSStyleSheet();
  sheet.replaceSync(
    "::highlight(" + HIT + ") { background-color: #ffe14d; color: #000; }\n" +
    "::highlight(" + CURRENT + ") { background-color: #ff8c1a; color: #000; }");

  var state = { keywords: [], ranges: [], current: -1, suspended: false, timer: 0 };

  function escapeRegExp(text) { return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

  // Latin words match whole words ("cash" is not found in "cashier"); Chinese has no word
  // boundaries, so a CJK keyword matches anywhere.
  function termPattern(keyword) {
    var body = escapeRegExp(keyword);
    if (/^[A-Za-z0-9]/.test(keyword)) { body = "(?<![A-Za-z0-9])" + body; }
    if (/[A-Za-z0-9]$/.test(keyword)) { body = body + "(?![A-Za-z0-9])"; }
    return body;
  }

  function textNodes() {
    var nodes = [];
    if (!document.body) { return nodes; }
    var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        var parent = node.parentElement;
        if (!parent || SKIP[parent.tagName]) { return NodeFilter.FILTER_REJECT; }
        if (parent.checkVisibility && !parent.checkVisibility({ visibilityProperty: true })) {
          return NodeFilter.FILTER_REJECT;
        }
        return NodeFilter.FILTER_ACCEPT;
      }
    });
    while (walker.nextNode()) { nodes.push(walker.currentNode); }
    return nodes;
  }

  // Position `offset` of the joined text -> [node, offset inside it].
  function locate(nodes, starts, offset) {
    var lo = 0, hi = nodes.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) { lo = mid; } else { hi = mid - 1; }
    }
    return [nodes[lo], offset - starts[lo]];
  }

  function findRanges() {
    var terms = state.keywords.filter(function (k) { return k; }).map(termPattern);
    if (!terms.length) { return []; }
    var nodes = textNodes();
    var starts = [], joined = "";
    nodes.forEach(function (node) { starts.push(joined.length); joined += node.data; });
    var pattern = new RegExp(terms.join("|"), "giu");
    var ranges = [], match;
    while ((match = pattern.exec(joined)) !== null) {
      if (!match[0].length) { pattern.lastIndex++; continue; }
      var a = locate(nodes, starts, match.index);
      var b = locate(nodes, starts, match.index + match[0].length - 1);
      var range = new Range();
      range.setStart(a[0], a[1]);
      range.setEnd(b[0], b[1] + 1);
      ranges.push(range);
    }
    return ranges;
  }

  function setSheet(on) {
    var others = Array.prototype.filter.call(document.adoptedStyleSheets, function (s) { return s !== sheet; });
    document.adoptedStyleSheets = on ? others.concat([sheet]) : others;
  }

  function paint() {
    CSS.highlights.delete(HIT);
    CSS.highlights.delete(CURRENT);
    var on = !state.suspended && state.ranges.length > 0;
    setSheet(on);
    if (!on) { return; }
    CSS.highlights.set(HIT, new Highlight(...state.ranges));
    if (state.current >= 0 && state.current < state.ranges.length) {
      var current = new Highlight(state.ranges[state.current]);
      current.priority = 1;
      CSS.highlights.set(CURRENT, current);
    }
  }

  function refresh() {
    state.ranges = state.suspended ? [] : findRanges();
    if (state.current >= state.ranges.length) { state.current = -1; }
    paint();
    return state.ranges.length;
  }

  // Feeds load more posts as one scrolls: recount after the page changes (debounced). Our own
  // painting changes no node, so it cannot trigger itself.
  var observer = new MutationObserver(function () {
    if (!state.keywords.length || state.suspended) { return; }
    clearTimeout(state.timer);
    state.timer = setTimeout(refresh, 400);
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  document.addEventListener("DOMContentLoaded", function () { if (state.keywords.length) { refresh(); } });

  // A page may replace document.adoptedStyleSheets or clear CSS.highlights; paint again.
  setInterval(function () {
    if (state.suspended || !state.ranges.length) { return; }
    if (Array.prototype.indexOf.call(document.adoptedStyleSheets, sheet) < 0 || !CSS.highlights.has(HIT)) { paint(); }
  }, 500);

  window.__npHighlight = {
    configure: function (keywords) {
      state.keywords = (keywords || []).slice();
      state.current = -1;
      return refresh();
    },
    count: function () { return state.suspended ? 0 : state.ranges.length; },
    next: function () {
      if (!state.ranges.length) { refresh(); }
      if (!state.ranges.length) { return JSON.stringify({ index: -1, total: 0 }); }
      state.current = (state.current + 1) % state.ranges.length;
      paint();
      var target = state.ranges[state.current].startContainer.parentElement;
      if (target) { target.scrollIntoView({ block: "center", inline: "nearest" }); }
      return JSON.stringify({ index: state.current, total: state.ranges.length });
    },
    suspend: function () { state.suspended = true; clearTimeout(state.timer); refresh(); return true; },
    resume: function () { state.suspended = false; return refresh(); }
  };
})();
