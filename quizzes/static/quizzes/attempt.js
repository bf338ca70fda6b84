/* Quiz attempt: saves answers as the learner goes, never loses one.
 *
 * Every change is put in a queue kept in localStorage, then sent to the server in order, each
 * save carrying the attempt's sequence number. A save sends only the answers that differ from
 * the last ones the server acknowledged (changes waiting in the queue go together in one save);
 * the server keeps the answers of questions a save does not name. While the connection is down the queue stays in
 * the browser (and survives a reload); it is sent when the connection returns. The status line
 * always says whether the latest answers are on the server. The timer counts down from the
 * remaining seconds the server computed, and is corrected by every save reply.
 */
(function () {
  "use strict";

  var root = document.querySelector("[data-attempt]");
  if (!root) return;
  var form = root.querySelector("[data-attempt-form]");
  var stateEl = root.querySelector("[data-save-state]");
  var timerEl = root.querySelector("[data-timer]");
  var sequenceField = form.querySelector("[data-sequence-field]");
  var attemptId = root.dataset.attempt;
  var saveUrl = root.dataset.saveUrl;
  var page = parseInt(root.dataset.page, 10) || 0;
  var sequence = parseInt(root.dataset.sequence, 10) || 0;
  var storageKey = "kns-quiz-attempt-" + attemptId;
  // Starting answers with the attempt's page itself; the address bar then shows the attempt's
  // own address, so that reloading asks for the attempt rather than posting the start again.
  var attemptUrl = root.dataset.attemptUrl;
  if (attemptUrl && window.location.pathname !== attemptUrl && window.history.replaceState) {
    window.history.replaceState(null, "", attemptUrl);
  }
  var sending = false;
  var stopped = false;
  var pendingNavigation = null;
  var retryTimer = null;

  function csrfToken() {
    var input = form.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function loadQueue() {
    try {
      var stored = JSON.parse(window.localStorage.getItem(storageKey) || "[]");
      return Array.isArray(stored) ? stored : [];
    } catch (e) {
      return [];
    }
  }

  var queue = loadQueue();
  // The last answer the server acknowledged for each question on this page (as rendered).
  var acked = {};
  var ackedPage = null;

  function storeQueue() {
    try {
      if (queue.length) window.localStorage.setItem(storageKey, JSON.stringify(queue));
      else window.localStorage.removeItem(storageKey);
    } catch (e) { /* storage full or blocked: the queue still lives in memory */ }
  }

  function setState(kind) {
    var message = root.dataset["msg" + kind.charAt(0).toUpperCase() + kind.slice(1)];
    stateEl.textContent = message;
    stateEl.className = "save-state is-" + kind;
    root.dataset.saveStatus = kind;
  }

  function randomKey() {
    var bytes = new Uint8Array(12);
    (window.crypto || window.msCrypto).getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  // Reading and writing one question's answer in the form --------------------------------

  function answerOf(fieldset) {
    var position = fieldset.dataset.question;
    var type = fieldset.dataset.type;
    var name = "q" + position;
    if (type === "multiple_choice") {
      var chosen = [];
      fieldset.querySelectorAll("input[name='" + name + "']:checked").forEach(function (el) { chosen.push(el.value); });
      return chosen.length ? chosen : null;
    }
    if (type === "single_choice" || type === "true_false") {
      var checked = fieldset.querySelector("input[name='" + name + "']:checked");
      return checked ? checked.value : null;
    }
    if (type === "matching") {
      var pairs = {};
      var any = false;
      fieldset.querySelectorAll("select").forEach(function (el) {
        if (el.value) { pairs[el.name.slice(name.length + 1)] = el.value; any = true; }
      });
      return any ? pairs : null;
    }
    var field = fieldset.querySelector("[name='" + name + "']");
    if (!field) return null;
    return field.value.trim() ? field.value : null;
  }

  function applyAnswer(position, value) {
    var fieldset = form.querySelector("[data-question='" + position + "']");
    if (!fieldset) return;
    var type = fieldset.dataset.type;
    var name = "q" + position;
    if (type === "multiple_choice" || type === "single_choice" || type === "true_false") {
      var values = Array.isArray(value) ? value : (value === null ? [] : [value]);
      fieldset.querySelectorAll("input[name='" + name + "']").forEach(function (el) {
        el.checked = values.indexOf(el.value) !== -1;
      });
    } else if (type === "matching") {
      fieldset.querySelectorAll("select").forEach(function (el) {
        var key = el.name.slice(name.length + 1);
        el.value = value && value[key] ? value[key] : "";
      });
    } else {
      var field = fieldset.querySelector("[name='" + name + "']");
      if (field) field.value = value === null ? "" : value;
    }
  }

  // The queue ----------------------------------------------------------------------------

  function enqueue(position, value) {
    var answers = {};
    answers[position] = value;
    queue.push({ key: randomKey(), page: page, answers: answers });
    storeQueue();
    flush();
  }

  function scheduleRetry() {
    if (retryTimer) return;
    retryTimer = window.setTimeout(function () { retryTimer = null; flush(); }, 5000);
  }

  function finishNavigation() {
    if (pendingNavigation && !queue.length) {
      var next = pendingNavigation;
      pendingNavigation = null;
      sequenceField.value = sequence;
      if (typeof next === "function") next();
      else submitForm(next);
    }
  }

  function submitAttempt() {
    var submitForm = document.createElement("form");
    submitForm.method = "post";
    submitForm.action = root.dataset.submitUrl;
    var token = document.createElement("input");
    token.type = "hidden";
    token.name = "csrfmiddlewaretoken";
    token.value = csrfToken();
    submitForm.appendChild(token);
    document.body.appendChild(submitForm);
    form.dataset.navigating = "true";
    submitForm.submit();
  }

  // Before the first item goes out: the changes waiting behind it join it, and answers the server
  // already has are left out. An item sent once is sent again as it was (its key makes the
  // repeat harmless), so nothing is merged into it.
  function prepareHead() {
    while (queue.length && !queue[0].sent) {
      var head = queue[0];
      while (queue.length > 1 && !queue[1].sent) {
        var next = queue.splice(1, 1)[0];
        Object.keys(next.answers).forEach(function (position) { head.answers[position] = next.answers[position]; });
        head.page = next.page;
      }
      Object.keys(head.answers).forEach(function (position) {
        if (acked[position] === JSON.stringify(head.answers[position])) delete head.answers[position];
      });
      if (Object.keys(head.answers).length || head.page !== ackedPage) return;
      queue.shift();
    }
  }

  function flush() {
    if (sending || stopped) return;
    prepareHead();
    storeQueue();
    if (!queue.length) {
      setState("saved");
      finishNavigation();
      return;
    }
    if (!navigator.onLine) {
      setState("offline");
      return;
    }
    sending = true;
    setState("saving");
    var item = queue[0];
    item.sent = true;
    storeQueue();
    fetch(saveUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken() },
      body: JSON.stringify({ sequence: sequence, save_key: item.key, page: item.page, answers: item.answers })
    }).then(function (response) {
      return response.json().then(function (data) { return { status: response.status, data: data }; },
        function () { return { status: response.status, data: {} }; });
    }).then(function (result) {
      sending = false;
      var data = result.data || {};
      if (result.status === 200 && data.ok) {
        sequence = data.sequence;
        sequenceField.value = sequence;
        Object.keys(item.answers).forEach(function (position) { acked[position] = JSON.stringify(item.answers[position]); });
        ackedPage = item.page;
        queue.shift();
        storeQueue();
        if (data.remaining_seconds !== null && data.remaining_seconds !== undefined) syncTimer(data.remaining_seconds);
        flush();
      } else if (result.status === 409) {
        stopped = true;
        queue = [];
        storeQueue();
        setState("stale");
      } else if (result.status === 410) {
        stopped = true;
        queue = [];
        storeQueue();
        window.location.href = data.review_url || root.dataset.reviewUrl;
      } else if (result.status >= 500 || result.status === 0) {
        setState("offline");
        scheduleRetry();
      } else {
        stopped = true;
        setState("error");
      }
    }).catch(function () {
      sending = false;
      setState("offline");
      scheduleRetry();
    });
  }

  form.querySelectorAll("[data-question]").forEach(function (fieldset) {
    acked[fieldset.dataset.question] = JSON.stringify(answerOf(fieldset));
  });

  // Answers kept from an earlier visit that never reached the server: show them, send them.
  queue.forEach(function (item) {
    Object.keys(item.answers).forEach(function (position) { applyAnswer(position, item.answers[position]); });
  });

  function onChange(event) {
    var fieldset = event.target.closest("[data-question]");
    if (!fieldset || stopped) return;
    updateWordCount(fieldset);
    enqueue(fieldset.dataset.question, answerOf(fieldset));
  }

  form.addEventListener("change", onChange);
  // Typed answers are saved after a short pause as well as on leaving the field.
  var typingTimers = {};
  form.addEventListener("input", function (event) {
    var fieldset = event.target.closest("[data-question]");
    if (!fieldset || !event.target.matches("input[type=text], textarea")) return;
    updateWordCount(fieldset);
    var position = fieldset.dataset.question;
    window.clearTimeout(typingTimers[position]);
    typingTimers[position] = window.setTimeout(function () {
      var value = answerOf(fieldset);
      var last = queue.length ? queue[queue.length - 1] : null;
      if (last && JSON.stringify(last.answers[position]) === JSON.stringify(value)) return;
      enqueue(position, value);
    }, 1500);
  });

  function updateWordCount(fieldset) {
    var area = fieldset.querySelector("textarea[data-max-words]");
    var counter = fieldset.querySelector("[data-word-count]");
    if (!area || !counter) return;
    var words = area.value.trim() ? area.value.trim().split(/\s+/).length : 0;
    counter.textContent = counter.textContent.replace(/^\d+/, String(words));
    var limit = parseInt(area.dataset.maxWords, 10);
    var minimum = parseInt(area.dataset.minWords, 10);
    var outside = (!!limit && words > limit) || (!!minimum && words > 0 && words < minimum);
    counter.classList.toggle("is-over", outside);
  }

  // Navigation waits until every answer is on the server.
  function submitForm(submitter) {
    if (submitter && submitter.name) {
      var hidden = document.createElement("input");
      hidden.type = "hidden";
      hidden.name = submitter.name;
      hidden.value = submitter.value;
      form.appendChild(hidden);
    }
    form.dataset.navigating = "true";
    form.submit();
  }

  form.addEventListener("submit", function (event) {
    if (form.dataset.navigating === "true") return;
    event.preventDefault();
    pendingNavigation = event.submitter || { name: "", value: "" };
    Object.keys(typingTimers).forEach(function (position) { window.clearTimeout(typingTimers[position]); });
    if (stopped) { submitForm(pendingNavigation); return; }
    flush();
  });

  window.addEventListener("online", flush);
  window.addEventListener("offline", function () { if (queue.length) setState("offline"); });
  window.addEventListener("beforeunload", function (event) {
    if (queue.length && form.dataset.navigating !== "true") {
      event.preventDefault();
      event.returnValue = root.dataset.msgLeave;
    }
  });

  // The timer ----------------------------------------------------------------------------

  var endsAt = null;

  function syncTimer(seconds) {
    endsAt = Date.now() + seconds * 1000;
  }

  function format(total) {
    var hours = Math.floor(total / 3600);
    var minutes = Math.floor((total % 3600) / 60);
    var seconds = total % 60;
    var mm = hours ? ("0" + minutes).slice(-2) : String(minutes);
    return (hours ? hours + ":" : "") + mm + ":" + ("0" + seconds).slice(-2);
  }

  function tick() {
    if (endsAt === null) return;
    var left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
    timerEl.textContent = format(left);
    timerEl.classList.toggle("is-low", left <= 60);
    if (left <= 0) {
      window.clearInterval(timerInterval);
      // Time is up: send what is queued, then let the server close the attempt.
      pendingNavigation = submitAttempt;
      if (stopped) submitAttempt();
      else flush();
    }
  }

  var timerInterval = null;
  if (timerEl && root.dataset.remaining !== undefined) {
    syncTimer(parseInt(root.dataset.remaining, 10) || 0);
    timerInterval = window.setInterval(tick, 1000);
  }

  flush();
})();
