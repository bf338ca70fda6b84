// A background export's page: asks every two seconds how far the file is, shows it, and
// reloads the page (which then offers the download) once the file is ready or has failed.
// Without this script the page reloads itself every ten seconds.
(function () {
  "use strict";
  var box = document.querySelector("[data-export-status]");
  if (!box || !window.fetch) {
    return;
  }
  var url = box.getAttribute("data-export-status");
  var message = box.querySelector(".export-progress-message");
  var bar = box.querySelector("progress");
  var failures = 0;

  function show(data) {
    if (message && data.message) {
      message.textContent = data.message;
    }
    if (bar) {
      if (data.percent === null || data.percent === undefined) {
        bar.removeAttribute("value");
        bar.textContent = "";
      } else {
        bar.value = data.percent;
        bar.textContent = data.percent + "%";
      }
    }
  }

  function poll() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (data) {
        failures = 0;
        show(data);
        if (data.finished) {
          window.location.reload();
        } else {
          window.setTimeout(poll, 2000);
        }
      })
      .catch(function () {
        failures += 1;
        // An app server restarting: keep asking, more slowly.
        window.setTimeout(poll, Math.min(30000, 2000 * Math.pow(2, failures)));
      });
  }

  window.setTimeout(poll, 1000);
})();
