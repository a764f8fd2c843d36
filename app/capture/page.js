// NetPatrol capture helpers. Installed in Qt's application world (isolated from the page's own
// scripts: a page that redefines scrollTo, MutationObserver or innerText cannot fool these).
// Returns plain JSON-able values only.
(function () {
  if (window.__netpatrol) { return 'present'; }
  const state = { container: null, saved: [], changes: 0, observer: null, hidden: [] };

  function docHeight() {
    const d = document.documentElement, b = document.body || d;
    return Math.max(d.scrollHeight, b.scrollHeight, d.offsetHeight, b.offsetHeight, d.clientHeight);
  }
  function docWidth() {
    const d = document.documentElement, b = document.body || d;
    return Math.max(d.scrollWidth, b.scrollWidth, d.clientWidth);
  }
  function pageScrolls() { return docHeight() > window.innerHeight + 2; }

  function findContainers() {
    // Elements that scroll on their own and show a large part of the window.
    const found = [];
    const all = document.body ? document.body.querySelectorAll('*') : [];
    for (const el of all) {
      if (el.scrollHeight <= el.clientHeight + 2 || el.clientHeight < 50) { continue; }
      const style = getComputedStyle(el);
      if (!/(auto|scroll|overlay)/.test(style.overflowY)) { continue; }
      const rect = el.getBoundingClientRect();
      found.push({ el: el, area: rect.width * Math.min(rect.height, window.innerHeight) });
    }
    found.sort((a, b) => b.area - a.area);
    return found;
  }

  function target() { return state.container; }

  function measure(itemSelector) {
    const c = target();
    const pos = c ? c.scrollTop : window.scrollY;
    const view = c ? c.clientHeight : window.innerHeight;
    const height = c ? c.scrollHeight : docHeight();
    let items = 0;
    if (itemSelector) { try { items = document.querySelectorAll(itemSelector).length; } catch (e) { items = -1; } }
    return { pos: pos, view: view, height: height, atEnd: pos + view >= height - 2, items: items,
             pendingInView: pendingImages(true) };
  }

  function inView(el) {
    const r = el.getBoundingClientRect();
    return r.bottom >= -50 && r.top <= window.innerHeight + 50 && r.width > 0 && r.height > 0;
  }

  function pendingImages(onlyInView) {
    let count = 0;
    for (const img of document.images) {
      if (onlyInView && !inView(img)) { continue; }
      const lazySrc = img.getAttribute('data-src') || img.getAttribute('data-lazy-src');
      const waiting = !img.complete || (onlyInView && lazySrc && !img.getAttribute('src'));
      if (waiting && getComputedStyle(img).display !== 'none') { count += 1; }
    }
    return count;
  }

  function watchChanges() {
    if (state.observer) { state.observer.disconnect(); }
    state.changes = 0;
    state.observer = new MutationObserver((records) => { state.changes += records.length; });
    state.observer.observe(document, { childList: true, characterData: true, subtree: true });
  }

  function setStyle(el, props) {
    state.saved.push({ el: el, style: el.getAttribute('style') });
    for (const [name, value] of Object.entries(props)) { el.style.setProperty(name, value, 'important'); }
  }

  window.__netpatrol = {
    info: function () {
      const nav = performance.getEntriesByType('navigation')[0];
      return { url: location.href, title: document.title, readyState: document.readyState,
               scrollX: window.scrollX, scrollY: window.scrollY, innerWidth: window.innerWidth,
               innerHeight: window.innerHeight, dpr: window.devicePixelRatio, docWidth: docWidth(),
               docHeight: docHeight(), status: nav && nav.responseStatus ? nav.responseStatus : 0,
               visibility: document.visibilityState, images: document.images.length,
               textLength: document.body ? document.body.textContent.trim().length : 0 };
    },
    selectContainer: function () {
      if (pageScrolls()) { state.container = null; return { scrolls: 'page', containers: findContainers().length }; }
      const found = findContainers();
      state.container = found.length ? found[0].el : null;
      return { scrolls: state.container ? 'container' : 'none', containers: found.length,
               scrollTop: state.container ? state.container.scrollTop : 0 };
    },
    measure: measure,
    step: function (fraction) {
      const c = target();
      const before = c ? c.scrollTop : window.scrollY;
      const view = c ? c.clientHeight : window.innerHeight;
      if (c) { c.scrollTop = before + view * fraction; } else { window.scrollTo(window.scrollX, before + view * fraction); }
      const after = c ? c.scrollTop : window.scrollY;
      return { moved: after - before };
    },
    scrollTo: function (x, y, containerTop) {
      if (state.container && containerTop !== null) { state.container.scrollTop = containerTop; }
      window.scrollTo(x, y);
      return [window.scrollX, window.scrollY];
    },
    expandContainer: function () {
      // Make the inner scroll container as tall as its content, so the document holds it all.
      let el = state.container;
      if (!el) { return docHeight(); }
      setStyle(el, { 'overflow': 'visible', 'height': 'auto', 'max-height': 'none' });
      for (el = el.parentElement; el; el = el.parentElement) {
        setStyle(el, { 'overflow': 'visible', 'height': 'auto', 'max-height': 'none' });
      }
      return docHeight();
    },
    hideFixed: function () {
      // Sticky and fixed elements: shown once (first tile), hidden on later tiles.
      for (const el of document.body.querySelectorAll('*')) {
        const pos = getComputedStyle(el).position;
        if (pos === 'fixed' || pos === 'sticky') { setStyle(el, { 'visibility': 'hidden' }); state.hidden.push(el); }
      }
      return state.hidden.length;
    },
    restoreStyles: function () {
      while (state.saved.length) {
        const entry = state.saved.pop();
        if (entry.style === null) { entry.el.removeAttribute('style'); } else { entry.el.setAttribute('style', entry.style); }
      }
      state.hidden = [];
      return true;
    },
    pendingImages: pendingImages,
    lazyPending: function (maxHeight) {
      let count = 0;
      for (const img of document.images) {
        const top = img.getBoundingClientRect().top + window.scrollY;
        if (top > maxHeight || getComputedStyle(img).display === 'none') { continue; }
        const lazySrc = img.getAttribute('data-src') || img.getAttribute('data-lazy-src');
        if (!img.complete || img.naturalWidth === 0 || (lazySrc && !img.getAttribute('src'))) { count += 1; }
      }
      return count;
    },
    watchChanges: watchChanges,
    changes: function () { return state.changes; },
    snapshot: function () {
      const doctype = document.doctype ? new XMLSerializer().serializeToString(document.doctype) + '\n' : '';
      return { html: doctype + document.documentElement.outerHTML,
               text: document.body ? document.body.innerText : '' };
    },
    matches: function (selector) { try { return !!document.querySelector(selector); } catch (e) { return false; } },
  };
  return 'installed';
})()
