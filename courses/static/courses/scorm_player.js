/* SCORM lesson page: shows what the package's stage (on the content address) reports.
 *
 * The stage saves the learner's data itself; it tells this page, by postMessage, whether the
 * data is saved and whether the lesson is done. Only messages from the lesson's own frame and
 * from the content origin are read. Activity in the package counts as activity on the page
 * for the time-on-lesson heartbeat (lesson.js).
 */
(function () {
  "use strict";

  var root = document.querySelector("[data-scorm-player]");
  if (!root) return;
  var frame = root.querySelector("[data-scorm-frame]");
  var stateEl = root.querySelector("[data-save-state]");
  var doneEl = root.querySelector("[data-done-state]");
  var origin = root.dataset.contentOrigin;
  if (!frame || !origin) return;
  var STATES = ["saving", "saved", "offline", "stale", "error"];

  window.addEventListener("message", function (event) {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    var message = event.data;
    if (!message || message.type !== "kns-scorm") return;
    document.dispatchEvent(new Event("pointermove"));
    if (STATES.indexOf(message.state) !== -1) {
      var key = "msg" + message.state.charAt(0).toUpperCase() + message.state.slice(1);
      stateEl.textContent = root.dataset[key] || "";
      stateEl.className = "save-state is-" + message.state;
      root.dataset.saveStatus = message.state;
    }
    if (message.lessonDone) {
      doneEl.textContent = root.dataset.msgDone;
      root.dataset.lessonDone = "true";
    }
  });
})();
