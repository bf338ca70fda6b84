/* The SCORM stage, served on the package-content address.
 *
 * It holds the run-time (scorm-again) as window.API (SCORM 1.2) or window.API_1484_11
 * (SCORM 2004), loaded with the learner's saved data, and frames the package's launch file,
 * which finds the run-time by walking up its parents. Every commit (and every change, after a
 * short pause) is queued and sent in order to this address's commit endpoint, each save
 * carrying the sequence number the server gave the previous one; the queue is kept in this
 * origin's localStorage, so data from a tab that closed mid-save is sent before the next
 * session starts. The lesson page (the site's origin, our parent) is only told by postMessage
 * whether the data is saved and whether the lesson is done.
 */
(function () {
  "use strict";

  var body = document.body;
  var data = body.dataset;
  var frame = document.querySelector("[data-sco-frame]");
  var messageEl = document.querySelector("[data-stage-message]");
  var parentOrigin = data.parentOrigin;
  var is12 = data.version === "1.2";
  var storageKey = data.storageKey;
  var sequence = 0;
  var queue = [];
  var sending = false;
  var stopped = false;
  var retryTimer = null;
  var changeTimer = null;
  var api = null;

  function tell(state, extra) {
    if (window.parent === window) return;
    var message = { type: "kns-scorm", state: state };
    Object.keys(extra || {}).forEach(function (key) { message[key] = extra[key]; });
    window.parent.postMessage(message, parentOrigin);
  }

  function loadQueue() {
    try {
      var stored = JSON.parse(window.localStorage.getItem(storageKey) || "[]");
      return Array.isArray(stored) ? stored : [];
    } catch (e) {
      return [];
    }
  }

  function storeQueue() {
    try {
      if (queue.length) window.localStorage.setItem(storageKey, JSON.stringify(queue));
      else window.localStorage.removeItem(storageKey);
    } catch (e) { /* storage full or blocked: the queue still lives in memory */ }
  }

  function randomKey() {
    var bytes = new Uint8Array(12);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  function post(url, payload) {
    var text = JSON.stringify(payload);
    return fetch(url, {
      method: "POST",
      credentials: "omit",
      // keepalive lets the last save of a closing tab arrive; browsers cap its body at 64 kB.
      keepalive: text.length < 60000,
      headers: { "Content-Type": "application/json" },
      body: text
    }).then(function (response) {
      return response.json().then(function (json) { return { status: response.status, data: json }; },
        function () { return { status: response.status, data: {} }; });
    });
  }

  function scheduleRetry() {
    if (retryTimer) return;
    retryTimer = window.setTimeout(function () { retryTimer = null; flush(); }, 5000);
  }

  function flush(done) {
    if (sending || stopped) return;
    if (!queue.length) {
      if (done) done();
      return;
    }
    sending = true;
    tell("saving");
    var item = queue[0];
    post(data.commitUrl, { sequence: sequence, save_key: item.key, finished: item.finished, values: item.values })
      .then(function (result) {
        sending = false;
        var reply = result.data || {};
        if (result.status === 200 && reply.ok) {
          sequence = reply.sequence;
          queue.shift();
          storeQueue();
          tell(queue.length ? "saving" : "saved", { itemDone: !!reply.item_done, lessonDone: !!reply.lesson_done });
          flush(done);
        } else if (!api && result.status < 500) {
          // Data left by an earlier session that the server no longer takes: start afresh.
          queue = [];
          storeQueue();
          if (done) done();
        } else if (result.status === 409) {
          stopped = true;
          queue = [];
          storeQueue();
          tell("stale");
        } else if (result.status >= 500) {
          tell("offline");
          scheduleRetry();
        } else {
          stopped = true;
          queue = [];
          storeQueue();
          tell("error");
        }
      })
      .catch(function () {
        sending = false;
        tell("offline");
        scheduleRetry();
      });
  }

  // Each commit is the whole run-time data, so an unsent one is replaced by a newer one.
  function enqueue(finished) {
    if (!api || stopped) return;
    var values = api.getCommitObject(finished);
    var waiting = sending ? queue.slice(1) : queue;
    var last = waiting.length ? waiting[waiting.length - 1] : null;
    var item = { key: randomKey(), finished: finished || (last ? last.finished : false), values: values };
    if (last) queue[queue.length - 1] = item;
    else queue.push(item);
    storeQueue();
    flush();
  }

  function onChange() {
    window.clearTimeout(changeTimer);
    changeTimer = window.setTimeout(function () { enqueue(false); }, 2000);
  }

  function start(launch) {
    sequence = launch.sequence;
    var settings = {
      lmsCommitUrl: false,
      autocommit: false,
      dataCommitFormat: "flattened",
      sendFullCommit: true,
      logLevel: 5
    };
    api = is12 ? new window.Scorm12API(settings) : new window.Scorm2004API(settings);
    api.loadFromFlattenedJSON(launch.values, "");
    if (is12) {
      window.API = api;
      api.on("LMSCommit", function () { enqueue(false); });
      api.on("LMSFinish", function () { window.clearTimeout(changeTimer); enqueue(true); });
      api.on("LMSSetValue.cmi.*", onChange);
    } else {
      window.API_1484_11 = api;
      api.on("Commit", function () { enqueue(false); });
      api.on("Terminate", function () { window.clearTimeout(changeTimer); enqueue(true); });
      api.on("SetValue.cmi.*", onChange);
    }
    frame.src = data.launchUrl;
    tell("started");
  }

  function failed() {
    messageEl.textContent = data.msgFailed;
    tell("error");
  }

  // Data left by a session that closed before it reached the server goes first, then the
  // session starts from what the server holds.
  queue = loadQueue();
  function begin() {
    fetch(data.launchDataUrl, { credentials: "omit", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      })
      .then(function (launch) {
        sequence = launch.sequence;
        if (queue.length) {
          flush(function () { begin(); });
          return;
        }
        start(launch);
      })
      .catch(failed);
  }
  begin();

  window.addEventListener("pagehide", function () {
    window.clearTimeout(changeTimer);
    if (api && !stopped && !sending) flush();
  });
})();
