"""Evidence capture: the Qt engine (no widgets). The GUI and ``netpatrol capture`` call the same API.

All calls are coroutines on the Qt loop (qasync); none starts a nested event loop. The page must be
shown in a view (the officer's tab, or ``app.ui.capture_host.HiddenTab`` offscreen): Chromium only
paints pages that have one, and the images are painted frames.

One-click page capture (toolbar button, shortcut)::

    from app.capture.engine import CaptureOptions, capture_page
    from app.vault.captures import store_capture
    from app.core.evidence_check import check_initial_evidence

    options = CaptureOptions(persona=persona_name, adapters=adapters,        # load_adapters(RESOURCES/"adapters")
                             max_seconds=30, max_height=60_000, max_items=2_000)  # the officer's bounds
    capture = await capture_page(tab.page, options)          # PageCapture (app.core.capture); KnownError on failure
    stored, artifacts = store_capture(vault, case_id, capture)   # one transaction; run it on the task pool
    check = check_initial_evidence(capture, {a.name: a.sha256 for a in artifacts})   # 陸.一 (一)–(五)

``capture.completeness.statement()`` gives the sentences to show (complete, or PARTIAL and why);
``capture.identifiers`` are ``FoundIdentifier(kind, value, source, origin)``. Officer corrections:
``app.vault.captures.correct_identifier / add_identifier / retract_identifier`` (audited rows that
supersede); the current set: ``current_identifiers(vault, case_id, capture_id)``.

A CDP session can be kept per tab to save the ~0.3 s attach on each click::

    session = CdpSession(tab.page); await session.attach()
    await capture_page(tab.page, options, session=session)     # reuses it; session.detach() on tab close

Ephemeral content::

    burst = BurstCapture(tab.page, interval_ms=250); await burst.start(); ...; capture = await burst.stop()
    recorder = TabRecorder(tab.page); await recorder.start(); ...; capture = await recorder.stop()   # MP4

Both return a ``PageCapture`` (kind burst / recording) stored with ``store_capture`` like a page.

Modules: ``cdp`` (in-process CDP through a DevTools page; never a port), ``engine`` (page capture),
``network`` (open requests), ``pagejs`` + ``page.js`` (helpers in Qt's isolated world),
``images`` (PNG facts), ``burst``, ``recording``, ``loading`` (load a URL and wait).
"""
