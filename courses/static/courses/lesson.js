// Kỹ Năng Số, lesson pages: self-checks, time-on-lesson heartbeats, done at the end.
// Every lesson works without this file: the self-check falls back to "Show the answers"
// and "Mark as done" is a plain form.
(function () {
  "use strict";
  var root = document.querySelector(".lesson");
  if (!root) return;
  var messages = root.dataset;

  // "Check your understanding": instant feedback in the page; it counts for nothing.
  document.querySelectorAll("[data-check]").forEach(function (box) {
    var button = box.querySelector("[data-check-button]");
    var result = box.querySelector("[data-check-result]");
    var fallback = box.querySelector("[data-check-fallback]");
    if (!button || !result) return;
    if (fallback) fallback.hidden = true;
    button.hidden = false;
    button.addEventListener("click", function () {
      var chosen = box.querySelector("input[type=radio]:checked");
      if (!chosen) {
        result.textContent = messages.msgChoose || "";
        result.className = "check-result";
        return;
      }
      var right = chosen.dataset.correct === "true";
      var feedback = chosen.dataset.feedback ? " " + chosen.dataset.feedback : "";
      result.textContent = (right ? messages.msgRight : messages.msgWrong) + feedback;
      result.className = "check-result " + (right ? "is-right" : "is-wrong");
    });
  });

  var heartbeatUrl = root.dataset.heartbeatUrl;
  if (!heartbeatUrl || !window.fetch) return;
  var tokenInput = root.querySelector("input[name=csrfmiddlewaretoken]");
  var token = tokenInput ? tokenInput.value : "";

  function post(url) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      keepalive: true,
      headers: { "X-CSRFToken": token, Accept: "application/json" },
    });
  }

  // Heartbeats: only while the tab is visible and someone is using it (or a video plays).
  // The server credits time between beats, capped, so a hidden or idle tab counts nothing.
  var IDLE_AFTER_MS = 2 * 60 * 1000;
  var lastActivity = Date.now();
  ["scroll", "keydown", "pointerdown", "pointermove", "wheel", "touchstart"].forEach(function (name) {
    document.addEventListener(name, function () { lastActivity = Date.now(); }, { passive: true });
  });
  function videoPlaying() {
    return Array.prototype.some.call(document.querySelectorAll("video"), function (video) {
      return !video.paused && !video.ended;
    });
  }
  function beat() {
    if (document.visibilityState !== "visible") return;
    if (Date.now() - lastActivity > IDLE_AFTER_MS && !videoPlaying()) return;
    post(heartbeatUrl).catch(function () {});
  }
  var seconds = parseInt(root.dataset.heartbeatSeconds, 10) || 20;
  beat();
  window.setInterval(beat, seconds * 1000);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") {
      lastActivity = Date.now();
      beat();
    }
  });

  // Done at the end of the lesson, when the course asks for it.
  if (root.dataset.autoDone !== "true" || !("IntersectionObserver" in window)) return;
  var end = root.querySelector("[data-lesson-end]");
  var state = root.querySelector("[data-done-state]");
  var form = root.querySelector("[data-done-form]");
  var openedAt = Date.now();
  var MIN_READING_MS = 5000;
  var pending = null;
  var sent = false;

  function markDone() {
    if (sent) return;
    sent = true;
    post(root.dataset.doneUrl)
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data || !data.done) { sent = false; return; }
        if (state) state.textContent = messages.msgDone || "";
        if (form) form.hidden = true;
        var bar = root.querySelector("[data-course-progress]");
        var percent = root.querySelector("[data-course-percent]");
        if (bar) bar.value = data.percent;
        if (percent) percent.textContent = data.percent + "%";
      })
      .catch(function () { sent = false; });
  }

  var observer = new IntersectionObserver(function (entries) {
    var visible = entries.some(function (entry) { return entry.isIntersecting; });
    if (pending) { window.clearTimeout(pending); pending = null; }
    if (!visible) return;
    var wait = Math.max(0, MIN_READING_MS - (Date.now() - openedAt));
    pending = window.setTimeout(function () {
      observer.disconnect();
      markDone();
    }, wait);
  });
  if (end) observer.observe(end);
})();
