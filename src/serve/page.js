"use strict";
// Live updates: each server-sent event carries the whole live part of the
// page, rendered and escaped by the server; the browser only swaps it in
// and ticks the timers between updates. A dropped connection is retried
// by EventSource itself, and the first event after connecting is always
// the full state, so a page that was away resyncs.
(function () {
  var main = document.getElementById("live");
  var conn = document.getElementById("conn");
  var since = Date.now();
  function clock(secs) {
    secs = Math.max(0, secs);
    var h = Math.floor(secs / 3600), m = Math.floor(secs / 60) % 60, s = secs % 60;
    var two = function (n) { return (n < 10 ? "0" : "") + n; };
    return h > 0 ? h + ":" + two(m) + ":" + two(s) : two(m) + ":" + two(s);
  }
  function tick() {
    var passed = Math.floor((Date.now() - since) / 1000);
    var clocks = main.querySelectorAll("time.tick[data-run='1']");
    for (var i = 0; i < clocks.length; i++) {
      var t = clocks[i], base = parseInt(t.getAttribute("data-secs"), 10);
      t.textContent = clock(t.getAttribute("data-dir") === "down" ? base - passed : base + passed);
    }
  }
  function state(live) {
    conn.textContent = conn.getAttribute(live ? "data-live" : "data-lost");
    conn.className = live ? "" : "lost";
  }
  if (!window.EventSource) { return; }
  var source = new EventSource(main.getAttribute("data-events"));
  source.onopen = function () { state(true); };
  source.onerror = function () { state(false); };
  source.onmessage = function (event) {
    main.innerHTML = event.data;
    since = Date.now();
    state(true);
  };
  setInterval(tick, 1000);
})();
