// Rich text editors (Draftail) copy their content into the form a moment (250 ms) after the
// last keystroke. A form sent sooner than that would lose the last words typed, so a save
// that follows a keystroke in a rich text editor waits until the content is in the form.
(function () {
  "use strict";

  var SETTLE_MS = 400; // longer than Draftail's delay before it copies its content
  var lastEdit = 0;
  var resending = false;

  function inRichText(target) {
    return target instanceof Element && target.closest("[data-draftail-editor-wrapper]");
  }

  ["keydown", "input", "paste", "cut", "drop"].forEach(function (name) {
    document.addEventListener(
      name,
      function (event) {
        if (inRichText(event.target)) {
          lastEdit = Date.now();
        }
      },
      true
    );
  });

  function wait() {
    return Math.max(0, SETTLE_MS - (Date.now() - lastEdit));
  }

  function later(send) {
    window.setTimeout(function () {
      resending = true;
      try {
        send();
      } finally {
        resending = false;
      }
    }, wait());
  }

  // A click on a submit button, before Wagtail's own handlers send the form.
  document.addEventListener(
    "click",
    function (event) {
      var button = event.target instanceof Element ? event.target.closest("[type=submit]") : null;
      if (resending || !button || !button.form || wait() === 0) {
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      later(function () {
        button.click();
      });
    },
    true
  );
  // A form sent another way (e.g. a keyboard shortcut).
  document.addEventListener(
    "submit",
    function (event) {
      var form = event.target;
      if (resending || !(form instanceof HTMLFormElement) || wait() === 0) {
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      var submitter = event.submitter || null;
      later(function () {
        if (submitter) {
          form.requestSubmit(submitter);
        } else {
          form.requestSubmit();
        }
      });
    },
    true
  );
})();
