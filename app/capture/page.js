// NetPatrol capture helpers. Installed in Qt's application world (isolated from the page's own
// scripts: a page that redefines scrollTo, MutationObserver or innerText cannot fool these).
// Returns plain JSON-able values only.
(function () {
  if (window.__netpatrol) { return 'present'; }
  const state = { container: null, saved: [], changes: 0, observer: null, hidden: [], run: null };

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
      // A lazy picture in view without its address yet is about to load (the page's observer saw it, its timer has
      // not run): pending in both modes. Counted only in view, so the whole-page wait does not wait for pictures
      // the page never asked for. Seen on a loaded machine: the last card's picture got its address after the
      // whole-page wait had ended, and the capture was marked incomplete.
      const waiting = !img.complete || (lazySrc && !img.getAttribute('src') && inView(img));
      if (waiting && getComputedStyle(img).display !== 'none') { count += 1; }
    }
    return count;
  }

  function lazyWaiting(maxHeight) {
    // The pictures down to ``maxHeight`` not drawn yet: not loaded, or lazy without their address.
    const waiting = [];
    Array.from(document.images).forEach((img, index) => {
      const top = img.getBoundingClientRect().top + window.scrollY;
      if (top > maxHeight || getComputedStyle(img).display === 'none') { return; }
      const lazySrc = img.getAttribute('data-src') || img.getAttribute('data-lazy-src');
      if (!img.complete || img.naturalWidth === 0 || (lazySrc && !img.getAttribute('src'))) { waiting.push(index); }
    });
    return waiting;
  }

  function watchChanges() {
    if (state.observer) { state.observer.disconnect(); }
    state.changes = 0;
    state.observer = new MutationObserver((records) => { state.changes += records.length; });
    state.observer.observe(document, { childList: true, characterData: true, subtree: true });
  }

  function nextFrame() {
    // Resolves after the next rendering update (scroll events ran, intersection observers saw the
    // new position): a task queued from the frame callback runs after that update. A page that
    // stalls its frames gets a fixed pause instead.
    return new Promise((resolve) => {
      const fallback = setTimeout(resolve, 100);
      requestAnimationFrame(() => setTimeout(() => { clearTimeout(fallback); resolve(); }, 0));
    });
  }

  function stepOnce(fraction) {
    const c = target();
    const before = c ? c.scrollTop : window.scrollY;
    const view = c ? c.clientHeight : window.innerHeight;
    if (c) { c.scrollTop = before + view * fraction; } else { window.scrollTo(window.scrollX, before + view * fraction); }
    return (c ? c.scrollTop : window.scrollY) - before;
  }

  function bound(s, limits, began) {
    if (s.pos + s.view >= limits.maxHeight) { return 'height'; }
    if (limits.maxItems && s.items >= limits.maxItems) { return 'items'; }
    if (Date.now() - began >= limits.maxMs) { return 'time'; }
    return '';
  }

  async function scrollRun(itemSelector, fraction, limits) {
    // The stepping loop runs here, in the page, one step per rendering update: a round trip to
    // Python per step cost three times as long (measured: 21 steps, 1.3 s against 0.4 s).
    const run = state.run;
    const began = Date.now();
    let s = measure(itemSelector), blocked = 0;
    while (!run.cancelled) {
      if (s.atEnd) { run.stop = 'end'; break; }
      const hit = bound(s, limits, began);
      if (hit) { run.stop = hit; break; }
      stepOnce(fraction);
      run.steps += 1;
      await nextFrame();
      const previous = s;
      s = measure(itemSelector);
      if (s.height > previous.height) { run.grew += 1; }
      blocked = s.pos <= previous.pos && !s.atEnd ? blocked + 1 : 0;
      if (blocked >= 3) { run.stop = 'blocked'; break; }
    }
    if (!run.stop) { run.stop = 'time'; }   // cancelled: the engine's own deadline passed
    run.state = s;
    run.done = true;
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
    startScroll: function (itemSelector, fraction, limits) {
      // Starts the in-page stepping loop; poll ``scrollStatus`` until ``done``.
      state.run = { done: false, cancelled: false, stop: '', steps: 0, grew: 0, state: null };
      scrollRun(itemSelector, fraction, limits).catch((e) => {
        state.run.stop = 'error'; state.run.error = String(e); state.run.done = true;
      });
      return true;
    },
    scrollStatus: function () {
      const run = state.run;
      return run ? { done: run.done, stop: run.stop, steps: run.steps, grew: run.grew, state: run.state,
                     error: run.error || '' } : null;
    },
    cancelScroll: function () { if (state.run) { state.run.cancelled = true; } return true; },
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
    lazyPending: function (maxHeight) { return lazyWaiting(maxHeight).length; },
    revealLazy: function (maxHeight, skip) {
      // Brings into view the first picture still waiting for its lazy address that ``skip`` does not list; its index
      // in document.images, or -1 when there is none.
      const index = lazyWaiting(maxHeight).find((i) => !skip.includes(i));
      if (index === undefined) { return -1; }
      document.images[index].scrollIntoView({ block: 'center' });
      return index;
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
