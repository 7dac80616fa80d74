/* The phones' page: the open polls (vote, change the vote while allowed, ask and support questions, the
   results once the moderator reveals them) and the programme (now/next per room, the day, what changed).

   Plain ES2017 without a framework or a build step, so phones a few years old run it. Live updates come as
   server-sent events; where those are blocked the page asks every few seconds instead. Every text that comes
   from the server is set with textContent: markup in a question or an answer stays text. */
(function () {
  "use strict";

  var TEXTS = {
    de: {
      title: "Abstimmen", heading: "Live-Abstimmung", skip: "Zum Inhalt springen", other_language: "English",
      language_label: "Switch to English",
      tab_polls: "Abstimmung", tab_programme: "Programm",
      no_polls: "Gerade läuft keine Abstimmung. Sobald eine beginnt, erscheint sie hier von selbst.",
      offline: "Keine Verbindung zum Server – die Seite versucht es weiter.",
      choose_one: "Bitte wählen Sie eine Antwort.",
      choose_up_to: "Wählen Sie bis zu {n} Antworten.",
      at_most: "Höchstens {n} Antworten – nehmen Sie zuerst eine andere zurück.",
      rate: "Bitte wählen Sie einen Wert.",
      write_answer: "Bitte schreiben Sie zuerst Ihre Antwort.", write_question: "Bitte schreiben Sie zuerst Ihre Frage.",
      rank: "Bringen Sie die Antworten in Ihre Reihenfolge: oben steht, was Ihnen am wichtigsten ist.",
      move_up: "„{x}“ nach oben", move_down: "„{x}“ nach unten", placed: "„{x}“ steht jetzt auf Platz {n}.",
      your_word: "Ihr Wort", your_answer: "Ihre Antwort", your_question: "Ihre Frage",
      chars_left: "Noch {n} Zeichen",
      vote: "Abstimmen", send: "Antwort senden", ask: "Frage stellen", sending: "Wird gesendet …",
      thanks: "Danke!", counted: "Ihre Stimme ist gezählt.", replaced: "Ihre frühere Stimme wurde ersetzt.",
      asked: "Ihre Frage ist angekommen. Sie können gern noch eine stellen.",
      asked_moderated: "Ihre Frage ist angekommen und erscheint, sobald die Moderation sie freigibt.",
      results_later: "Die Ergebnisse erscheinen hier, sobald die Moderation sie zeigt.",
      change: "Antwort ändern",
      not_counted: "Ihre Stimme wurde nicht gezählt: {x}",
      not_sent: "Das hat nicht geklappt: {x}",
      no_connection: "keine Verbindung zum Server. Bitte versuchen Sie es gleich noch einmal.",
      try_again: "Bitte prüfen Sie Ihre Antwort und versuchen Sie es noch einmal.",
      closed: "Die Abstimmung ist beendet.",
      results: "Ergebnisse", ballots: "{n} Stimmen", ballot: "1 Stimme", points: "{n} Punkte",
      mean: "Durchschnitt: {x}", times: "{n}×",
      questions: "Fragen aus dem Publikum", no_questions: "Noch keine Fragen.",
      support: "Frage unterstützen: {x}", supported: "Unterstützt", answered: "beantwortet",
      waiting: "Ihre Frage – sie erscheint, sobald die Moderation sie freigibt",
      now_next: "Jetzt und als Nächstes", today: "Heute", changes: "Änderungen",
      now: "Jetzt", next: "Danach", nothing_now: "Gerade läuft hier nichts.",
      no_rooms: "Gerade läuft nichts, und für heute ist nichts mehr angekündigt.",
      no_changes: "Keine Änderungen.", no_sessions: "Heute stehen keine Beiträge im Programm.",
      programme_missing: "Das Programm ist gerade nicht erreichbar.",
      cancelled: "abgesagt", moved: "verschoben", changed: "geändert", new: "neu",
      change_new: "neu im Programm", change_cancelled: "abgesagt", change_restored: "findet wieder statt",
      change_moved_time: "neue Zeit", change_moved_room: "neuer Raum", change_retitled: "neuer Titel",
      change_speakers: "andere Vortragende", change_details: "Details geändert",
      code: "Code {x}", closes_in: "Noch {x}"
    },
    en: {
      title: "Vote", heading: "Live polls", skip: "Skip to content", other_language: "Deutsch",
      language_label: "Auf Deutsch umschalten",
      tab_polls: "Polls", tab_programme: "Programme",
      no_polls: "No poll is open right now. As soon as one starts, it appears here by itself.",
      offline: "No connection to the server – the page keeps trying.",
      choose_one: "Please choose one answer.",
      choose_up_to: "Choose up to {n} answers.",
      at_most: "At most {n} answers – untick another one first.",
      rate: "Please choose a value.",
      write_answer: "Please write your answer first.", write_question: "Please write your question first.",
      rank: "Put the answers in your order: what matters most to you at the top.",
      move_up: "Move “{x}” up", move_down: "Move “{x}” down", placed: "“{x}” is now in place {n}.",
      your_word: "Your word", your_answer: "Your answer", your_question: "Your question",
      chars_left: "{n} characters left",
      vote: "Vote", send: "Send answer", ask: "Ask", sending: "Sending …",
      thanks: "Thank you!", counted: "Your vote has been counted.", replaced: "Your earlier vote was replaced.",
      asked: "Your question has arrived. You are welcome to ask another.",
      asked_moderated: "Your question has arrived and appears once the moderator approves it.",
      results_later: "The results appear here once the moderator shows them.",
      change: "Change my answer",
      not_counted: "Your vote was not counted: {x}",
      not_sent: "That did not work: {x}",
      no_connection: "no connection to the server. Please try again in a moment.",
      try_again: "Please check your answer and try again.",
      closed: "Voting has closed.",
      results: "Results", ballots: "{n} votes", ballot: "1 vote", points: "{n} points",
      mean: "Mean: {x}", times: "{n}×",
      questions: "Questions from the audience", no_questions: "No questions yet.",
      support: "Support the question: {x}", supported: "Supported", answered: "answered",
      waiting: "Your question – it appears once the moderator approves it",
      now_next: "Now and next", today: "Today", changes: "Changes",
      now: "Now", next: "Next", nothing_now: "Nothing on here right now.",
      no_rooms: "Nothing is on right now, and nothing more is announced for today.",
      no_changes: "No changes.", no_sessions: "No sessions in today's programme.",
      programme_missing: "The programme cannot be reached right now.",
      cancelled: "cancelled", moved: "moved", changed: "changed", new: "new",
      change_new: "new in the programme", change_cancelled: "cancelled", change_restored: "back on",
      change_moved_time: "new time", change_moved_room: "new room", change_retitled: "new title",
      change_speakers: "speakers changed", change_details: "details changed",
      code: "Code {x}", closes_in: "{x} left"
    }
  };

  var TEXT_LIMITS = { wordcloud: 40 };  // as the kiosk's polls take them (kiosk/polls/text.py)
  var TEXT_LIMIT = 280;
  var CHOICE_KINDS = ["single", "multiple", "ranking"];
  var TEXT_KINDS = ["wordcloud", "open", "qa"];
  var POLL_MS = 5000;  // how often the page asks while server-sent events are blocked
  var SSE_RETRY_MS = 15000;  // how soon it tries server-sent events again after they failed
  var QUESTIONS_MS = 15000;  // a Q&A's questions and their votes
  var PROGRAMME_MS = 60000;  // now/next moves on with the clock

  var page = {
    language: firstLanguage(),
    polls: [],
    cards: {},  // poll id -> Card
    info: {},  // the event's name and join code
    programme: null,
    programmeFailed: false,
    tab: "polls",
    source: null,
    pollTimer: 0,
    online: true
  };

  // Small helpers -------------------------------------------------------------------------------------------

  function t(key, values) {
    var text = TEXTS[page.language][key];
    if (text === undefined) { text = TEXTS.en[key] || key; }
    if (values) {
      Object.keys(values).forEach(function (name) { text = text.split("{" + name + "}").join(String(values[name])); });
    }
    return text;
  }

  /* An element with attributes and children; strings become text nodes (never markup). */
  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (value === false || value === null || value === undefined) { return; }
      if (name === "text") { node.textContent = value; } else if (name === "className") { node.className = value; }
      else { node.setAttribute(name, value === true ? "" : String(value)); }
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === false) { return; }
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  /* Text a guest or organiser typed, as the kiosk shows it: bidirectional overrides removed, piles of combining
     marks cut to two per character; the element isolates it and picks its direction. */
  var BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
  var MARK_PILES = /([\u0300-\u036F\u0483-\u0489\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]{2})[\u0300-\u036F\u0483-\u0489\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]+/g;

  function said(tag, text, className) {
    var shown = String(text === undefined || text === null ? "" : text).replace(BIDI_CONTROLS, "")
      .replace(MARK_PILES, "$1").trim();
    return el(tag, { className: "said" + (className ? " " + className : ""), dir: "auto", text: shown });
  }

  function firstLanguage() {
    var chosen = remembered("language");
    if (chosen === "de" || chosen === "en") { return chosen; }
    var wanted = (navigator.languages && navigator.languages.length) ? navigator.languages : [navigator.language || ""];
    for (var i = 0; i < wanted.length; i++) {
      var code = String(wanted[i]).slice(0, 2).toLowerCase();
      if (code === "de" || code === "en") { return code; }
    }
    return "en";
  }

  function remembered(key) {
    try { return window.localStorage.getItem("kiosk." + key); } catch (error) { return null; }
  }

  function remember(key, value) {
    try {
      if (value === null) { window.localStorage.removeItem("kiosk." + key); }
      else { window.localStorage.setItem("kiosk." + key, value); }
    } catch (error) { /* private mode: the page forgets on reload, the server still counts one ballot */ }
  }

  function number(value, digits) {
    var text = Number(value).toFixed(digits);
    return page.language === "de" ? text.replace(".", ",") : text;
  }

  function clock(iso) {
    var text = String(iso || "");
    var match = /T(\d\d:\d\d)/.exec(text) || /^(\d\d?:\d\d)/.exec(text);
    return match ? match[1] : text;  // the event's local time, as the programme states it
  }

  function includes(list, item) { return list.indexOf(item) !== -1; }

  // Talking to the server --------------------------------------------------------------------------------------

  function request(path, options) {
    var init = options || {};
    init.credentials = "same-origin";  // the device cookie (older Safari sends none by default)
    init.headers = Object.assign({ "Accept": "application/json", "Accept-Language": page.language }, init.headers || {});
    return fetch(path, init).then(function (response) {
      return response.text().then(function (body) {
        var data = null;
        try { data = body ? JSON.parse(body) : null; } catch (error) { data = null; }
        return { ok: response.ok, status: response.status, data: data };
      });
    });
  }

  function post(path, data) {
    return request(path, { method: "POST", headers: { "Content-Type": "application/json" },
                           body: JSON.stringify(data || {}) });
  }

  function reasonOf(reply) {
    var reason = reply.data && typeof reply.data.reason === "string" ? reply.data.reason : "";
    return reason || t("try_again");
  }

  function setOnline(online) {
    page.online = online;
    var notice = document.getElementById("connection");
    notice.textContent = online ? "" : t("offline");
    notice.hidden = online;
  }

  function loadPolls() {
    return request("api/polls").then(function (reply) {
      setOnline(true);
      if (reply.ok && Array.isArray(reply.data)) { showPolls(reply.data); }
    }, function () { setOnline(false); });
  }

  function loadInfo() {
    return request("api/info").then(function (reply) {
      if (reply.ok && reply.data) { page.info = reply.data; showInfo(); }
    }, function () { /* the page works without its name */ });
  }

  /* Every revealed result, of open polls and of closed ones (closed polls are not among the open ones). */
  function loadRevealed() {
    return request("api/results").then(function (reply) {
      if (!reply.ok || !Array.isArray(reply.data)) { return; }
      var revealed = {};
      reply.data.forEach(function (item) { revealed[item.id] = true; showRevealed(item); });
      Object.keys(page.cards).forEach(function (id) {
        var card = page.cards[id];
        if (card.results && !revealed[id]) { showRevealed({ id: id, round: card.poll.round, results: null }); }
      });
    }, function () { setOnline(false); });
  }

  function loadProgramme() {
    return request("api/programme").then(function (reply) {
      setOnline(true);
      page.programmeFailed = !(reply.ok && reply.data);
      if (reply.ok && reply.data) { page.programme = reply.data; }
      showProgramme();
    }, function () {
      setOnline(false);
      page.programmeFailed = page.programme === null;
      showProgramme();
    });
  }

  /* Server-sent events while they work; asking every few seconds while they do not. */
  function listen() {
    if (!window.EventSource) { startPolling(); return; }
    var source = new EventSource("api/events");
    page.source = source;
    source.onopen = function () { stopPolling(); setOnline(true); };
    source.addEventListener("polls", function (event) {
      var data = parse(event.data);
      if (Array.isArray(data)) { showPolls(data); }
    });
    source.addEventListener("results", function (event) {
      var data = parse(event.data);
      if (data && data.id) { showRevealed(data); }
    });
    source.addEventListener("programme", function () {
      if (page.programme !== null || page.tab === "programme") { loadProgramme(); }
    });
    source.onerror = function () {
      startPolling();
      if (source.readyState === 2) {  // closed for good (blocked, or an error status): try again later
        page.source = null;
        window.setTimeout(listen, SSE_RETRY_MS);
      }
    };
  }

  function parse(text) {
    try { return JSON.parse(text); } catch (error) { return null; }
  }

  function startPolling() {
    if (page.pollTimer) { return; }
    page.pollTimer = window.setInterval(function () {
      loadPolls().then(loadRevealed);
    }, POLL_MS);
  }

  function stopPolling() {
    if (page.pollTimer) { window.clearInterval(page.pollTimer); page.pollTimer = 0; }
  }

  // The polls -------------------------------------------------------------------------------------------------

  function showPolls(polls) {
    page.polls = polls;
    var list = document.getElementById("poll-list");
    var seen = {};
    var order = [];
    polls.forEach(function (poll) {
      seen[poll.id] = true;
      var card = page.cards[poll.id];
      if (!card) {
        card = new Card(poll);
        page.cards[poll.id] = card;
      } else {
        card.setPoll(poll);
      }
      order.push(card.node);  // in the server's order
    });
    Object.keys(page.cards).forEach(function (id) {
      var card = page.cards[id];
      if (seen[id]) { return; }
      if (card.results || card.phase === "thanks") {  // a closed poll the guest took part in stays, marked closed
        card.setPoll(Object.assign({}, card.poll, { state: "closed" }));
        order.push(card.node);  // after the open ones
      } else {
        card.node.remove();
        delete page.cards[id];
      }
    });
    arrange(list, order);
    showEmpty();
  }

  /* Put the cards in this order, moving only those out of place: a moved node loses the focus, and with it
     the letters a guest is typing (and a phone's keyboard). */
  function arrange(list, nodes) {
    nodes.forEach(function (node, index) {
      var there = list.children[index] || null;
      if (there !== node) { list.insertBefore(node, there); }
    });
  }

  function showEmpty() {
    document.getElementById("no-polls").hidden = Object.keys(page.cards).length > 0;
  }

  function isOpen(id) {
    return page.polls.some(function (poll) { return poll.id === id; });
  }

  /* Results revealed (or hidden again, `results: null`): on the poll's card; a closed poll gets a card for them. */
  function showRevealed(item) {
    var card = page.cards[item.id];
    if (card && item.round !== card.poll.round) { return; }  // another round's
    if (!card) {
      if (!item.results) { return; }
      card = new Card({ id: item.id, kind: item.kind, question: item.question, round: item.round,
                        state: item.state || "closed", options: [], revealed: true });
      page.cards[item.id] = card;
      document.getElementById("poll-list").appendChild(card.node);
    }
    card.poll = Object.assign({}, card.poll, { revealed: !!item.results });
    card.setResults(item.results);
    if (!item.results && !isOpen(item.id) && card.phase !== "thanks") {
      card.node.remove();
      delete page.cards[item.id];
    }
    showEmpty();
  }

  function Card(poll) {
    this.poll = poll;
    this.node = el("article", { className: "poll", "data-poll": poll.id });
    this.status = el("div", { className: "live", "aria-live": "polite" });  // kept: screen readers hear changes
    this.results = null;
    this.questions = null;
    this.busy = false;
    this.error = "";
    this.said = null;  // the thank-you's keys: {replaced, asked}
    this.reset();
    var stored = parse(remembered(this.key()) || "null");
    if (Array.isArray(stored)) { this.restore(stored); }  // the answers this phone gave, to change them
    if (poll.kind !== "qa" && (poll.voted || (poll.voted === undefined && stored))) {
      this.phase = "thanks";
      this.said = { replaced: false };
    }
    this.render();
    if (poll.kind === "qa") { this.loadQuestions(); }
  }

  Card.prototype.key = function () { return "voted." + this.poll.id + "." + this.poll.round; };

  Card.prototype.reset = function () {
    var poll = this.poll;
    this.phase = "vote";
    this.picked = [];
    this.order = (poll.options || []).map(function (_, index) { return index; });
    this.text = "";
  };

  Card.prototype.restore = function (answers) {
    var poll = this.poll;
    if (poll.kind === "ranking" && answers.length === this.order.length) {
      this.order = answers.map(function (answer) { return Number(answer) - 1; });
    } else if (includes(CHOICE_KINDS, poll.kind)) {
      this.picked = answers.map(function (answer) { return Number(answer) - 1; });
    } else if (poll.kind === "scale") {
      this.picked = answers.map(Number);
    }
  };

  Card.prototype.open = function () { return this.poll.state === "open"; };

  Card.prototype.setPoll = function (poll) {
    var before = this.poll;
    this.poll = poll;
    if (poll.round !== before.round) {
      this.reset();
      this.results = null;
      this.said = null;
      this.error = "";
    }
    if (poll.round !== before.round || poll.state !== before.state || poll.closes_at !== before.closes_at) {
      this.render();
    }
    if (!poll.revealed && this.results) { this.setResults(null); }  // its results arrive as an event of their own
    if (poll.kind === "qa") { this.loadQuestions(); }
  };

  Card.prototype.setResults = function (results) {
    if (results && results.round !== undefined && results.round !== this.poll.round) { return; }
    var came = !this.results !== !results;
    this.results = results;
    this.renderResults();
    if (came && this.phase === "thanks" && this.open()) { this.render(); }  // "results appear here" changes
  };

  Card.prototype.render = function () {
    var node = this.node;
    var typing = document.activeElement && node.contains(document.activeElement) &&
      document.activeElement.classList.contains("text-answer");
    while (node.firstChild) { node.removeChild(node.firstChild); }
    var poll = this.poll;
    while (this.status.firstChild) { this.status.removeChild(this.status.firstChild); }
    this.resultsNode = el("section", { className: "results", "aria-label": t("results"), hidden: true });
    this.questionsNode = poll.kind === "qa" ? el("section", { className: "questions" }) : null;
    if (!this.open()) {
      node.appendChild(said("h2", poll.question, "question"));
      node.appendChild(el("p", { className: "closed", text: t("closed") }));
      node.appendChild(this.status);
    } else if (this.phase === "thanks") {
      node.appendChild(said("h2", poll.question, "question"));
      node.appendChild(this.status);
      this.renderThanks();
    } else {
      node.appendChild(this.form());
      node.appendChild(this.status);
      if (this.said) { this.renderThanks(); }  // a Q&A keeps its form and says thank you below it
    }
    node.appendChild(this.resultsNode);
    if (this.questionsNode) { node.appendChild(this.questionsNode); }
    this.renderResults();
    this.renderQuestions();
    var field = typing && node.querySelector(".text-answer");
    if (field) { field.focus(); }  // a guest typing keeps typing where they were
  };

  Card.prototype.form = function () {
    var card = this, poll = this.poll;
    var legend = said("legend", poll.question, "question");
    var fieldset = el("fieldset", {}, [legend]);
    var hint = this.hint();
    if (hint) {
      var hintId = "hint-" + poll.id;
      fieldset.appendChild(el("p", { className: "hint", id: hintId, text: hint }));
      fieldset.setAttribute("aria-describedby", hintId);
    }
    if (poll.closes_at) {
      fieldset.appendChild(el("p", { className: "countdown", "data-closes": poll.closes_at, "aria-live": "off" }));
    }
    if (poll.kind === "single" || poll.kind === "multiple") { fieldset.appendChild(this.choices()); }
    else if (poll.kind === "scale") { this.scale().forEach(function (part) { fieldset.appendChild(part); }); }
    else if (poll.kind === "ranking") { fieldset.appendChild(this.ranking()); }
    else { this.textField().forEach(function (part) { fieldset.appendChild(part); }); }
    var button = el("button", { type: "submit", className: "primary", text: this.busy ? t("sending") : t(this.action()) });
    button.disabled = this.busy;
    var form = el("form", { novalidate: true }, [fieldset]);
    this.errorNode = el("p", { className: "error", role: "alert", hidden: !this.error, text: this.error });
    form.appendChild(this.errorNode);
    form.appendChild(el("div", { className: "actions" }, [button]));
    form.addEventListener("submit", function (event) { event.preventDefault(); card.send(); });
    return form;
  };

  Card.prototype.action = function () {
    var kind = this.poll.kind;
    return kind === "qa" ? "ask" : includes(TEXT_KINDS, kind) ? "send" : "vote";
  };

  Card.prototype.hint = function () {
    var poll = this.poll;
    if (poll.kind === "multiple") { return t("choose_up_to", { n: poll.max_choices || (poll.options || []).length }); }
    if (poll.kind === "ranking") { return t("rank"); }
    return "";
  };

  Card.prototype.ready = function () {
    var kind = this.poll.kind;
    if (kind === "ranking") { return true; }
    if (includes(TEXT_KINDS, kind)) { return this.text.trim().length > 0; }
    return this.picked.length > 0;
  };

  /* What to say when the guest sends before answering (the button stays enabled: a disabled one says nothing). */
  Card.prototype.missing = function () {
    var kind = this.poll.kind;
    if (kind === "qa") { return t("write_question"); }
    if (includes(TEXT_KINDS, kind)) { return t("write_answer"); }
    return t(kind === "scale" ? "rate" : "choose_one");
  };

  Card.prototype.choices = function () {
    var card = this, poll = this.poll;
    var multiple = poll.kind === "multiple";
    var most = multiple ? (poll.max_choices || poll.options.length) : 1;
    var box = el("div", { className: "choices" });
    var labels = [];
    poll.options.forEach(function (option, index) {
      var input = el("input", { type: multiple ? "checkbox" : "radio", name: "poll-" + poll.id, value: index + 1 });
      input.checked = includes(card.picked, index);
      var label = el("label", { className: "choice" + (input.checked ? " picked" : "") }, [input, said("span", option)]);
      labels.push(label);
      input.addEventListener("change", function () {
        if (!multiple) {
          card.picked = [index];
        } else if (input.checked) {
          if (card.picked.length >= most) {
            input.checked = false;
            card.status.textContent = t("at_most", { n: most });
            return;
          }
          card.picked.push(index);
        } else {
          card.picked = card.picked.filter(function (picked) { return picked !== index; });
        }
        labels.forEach(function (each, position) { each.classList.toggle("picked", includes(card.picked, position)); });
      });
      box.appendChild(label);
    });
    return box;
  };

  Card.prototype.scale = function () {
    var card = this, poll = this.poll;
    var range = poll.scale || [1, 5];
    var row = el("div", { className: "scale" });
    var labels = [];
    for (var value = range[0]; value <= range[1]; value++) {
      (function (value) {
        var input = el("input", { type: "radio", name: "poll-" + poll.id, value: value });
        input.checked = includes(card.picked, value);
        var label = el("label", { className: "choice" + (input.checked ? " picked" : "") }, [input, el("span", { text: String(value) })]);
        labels.push(label);
        input.addEventListener("change", function () {
          card.picked = [value];
          labels.forEach(function (each) { each.classList.toggle("picked", each === label); });
          });
        row.appendChild(label);
      })(value);
    }
    var ends = poll.labels || [];
    var parts = [row];
    if (ends.length === 2) {
      parts.push(el("div", { className: "ends", "aria-hidden": "true" }, [
        said("span", range[0] + " = " + ends[0]), said("span", range[1] + " = " + ends[1])]));
      parts.unshift(el("p", { className: "vh", text: range[0] + " = " + ends[0] + ", " + range[1] + " = " + ends[1] }));
    }
    return parts;
  };

  Card.prototype.ranking = function () {
    var card = this, poll = this.poll;
    var list = el("ol", { className: "ranking" });
    this.order.forEach(function (option, place) {
      var label = poll.options[option];
      var up = el("button", { type: "button", className: "move", "aria-label": t("move_up", { x: label }), text: "▲" });
      var down = el("button", { type: "button", className: "move", "aria-label": t("move_down", { x: label }), text: "▼" });
      up.disabled = place === 0;
      down.disabled = place === card.order.length - 1;
      up.addEventListener("click", function () { card.move(place, -1); });
      down.addEventListener("click", function () { card.move(place, 1); });
      list.appendChild(el("li", {}, [el("span", { className: "place", text: (place + 1) + "." }), said("span", label, "label"),
                                      el("span", { className: "moves" }, [up, down])]));
    });
    return list;
  };

  Card.prototype.move = function (place, step) {
    var to = place + step;
    var moved = this.order[place];
    this.order[place] = this.order[to];
    this.order[to] = moved;
    this.render();
    var buttons = this.node.querySelectorAll(".ranking li")[to].querySelectorAll(".move");
    var keep = buttons[step < 0 ? 0 : 1];
    (keep.disabled ? buttons[step < 0 ? 1 : 0] : keep).focus();  // the finger or the keyboard stays on the option
    this.status.textContent = t("placed", { x: this.poll.options[moved], n: to + 1 });
  };

  Card.prototype.textField = function () {
    var card = this, poll = this.poll;
    var limit = poll.max_chars || TEXT_LIMITS[poll.kind] || TEXT_LIMIT;
    var id = "answer-" + poll.id;
    var label = el("label", { className: "field-label", "for": id,
                              text: t(poll.kind === "qa" ? "your_question" : poll.kind === "wordcloud" ? "your_word" : "your_answer") });
    var field = poll.kind === "wordcloud"
      ? el("input", { type: "text", id: id, className: "text-answer", maxlength: limit, autocomplete: "off",
                      enterkeyhint: "send" })
      : el("textarea", { id: id, className: "text-answer", maxlength: limit, rows: 4 });
    field.value = this.text;
    var count = el("p", { className: "count", "aria-live": "off", id: id + "-count" });
    field.setAttribute("aria-describedby", id + "-count");
    function counted() { count.textContent = t("chars_left", { n: limit - field.value.length }); }
    counted();
    field.addEventListener("input", function () { card.text = field.value; counted(); });
    return [label, field, count];
  };

  Card.prototype.answers = function () {
    var kind = this.poll.kind;
    if (kind === "ranking") { return this.order.map(function (index) { return String(index + 1); }); }
    if (kind === "scale") { return this.picked.map(String); }
    if (includes(TEXT_KINDS, kind)) { return [this.text]; }
    return this.picked.slice().sort(function (a, b) { return a - b; }).map(function (index) { return String(index + 1); });
  };

  Card.prototype.send = function () {
    var card = this;
    if (this.busy) { return; }
    if (!this.ready()) {
      this.errorNode.textContent = this.missing();
      this.errorNode.hidden = false;
      return;
    }
    var answers = this.answers();
    this.busy = true;
    this.error = "";
    this.said = null;
    this.render();
    post("api/polls/" + encodeURIComponent(this.poll.id) + "/ballot", { answers: answers }).then(function (reply) {
      card.busy = false;
      if (reply.ok && reply.data && reply.data.accepted) {
        card.said = { replaced: !!reply.data.replaced, asked: card.poll.kind === "qa" };
        if (card.poll.kind === "qa") {
          card.text = "";
          card.loadQuestions();
        } else {
          card.phase = "thanks";
          remember(card.key(), JSON.stringify(answers));
        }
      } else {
        card.error = t("not_counted", { x: reasonOf(reply) });
      }
      card.render();
      card.focusOutcome();
    }, function () {
      card.busy = false;
      card.error = t("not_counted", { x: t("no_connection") });
      card.render();
      card.focusOutcome();
    });
  };

  Card.prototype.focusOutcome = function () {
    var target = this.node.querySelector(this.error ? ".error" : ".thanks");
    if (target) { target.setAttribute("tabindex", "-1"); target.focus(); }
  };

  Card.prototype.renderThanks = function () {
    var card = this, poll = this.poll;
    var box = el("div", { className: "thanks" }, [el("strong", { text: t("thanks") })]);
    var lines = [];
    if (this.said && this.said.asked) { lines.push(t(poll.moderated ? "asked_moderated" : "asked")); }
    else { lines.push(t("counted")); }
    if (this.said && this.said.replaced) { lines.push(t("replaced")); }
    if (!poll.revealed && poll.kind !== "qa") { lines.push(t("results_later")); }
    lines.forEach(function (line) { box.appendChild(el("p", { text: line })); });
    this.status.appendChild(box);  // inside the live region: read out as it appears
    if (this.phase === "thanks" && poll.allow_change && this.open()) {
      var change = el("button", { type: "button", className: "secondary", text: t("change") });
      change.addEventListener("click", function () {
        card.phase = "vote";
        card.said = null;
        card.render();
        var first = card.node.querySelector("input, textarea, .move, button");
        if (first) { first.focus(); }
      });
      this.status.appendChild(el("div", { className: "actions" }, [change]));
    }
  };

  // Results ----------------------------------------------------------------------------------------------------

  Card.prototype.renderResults = function () {
    var box = this.resultsNode, results = this.results;
    if (!box) { return; }
    var before = Array.prototype.map.call(box.querySelectorAll(".fill"), function (fill) { return fill.style.width; });
    while (box.firstChild) { box.removeChild(box.firstChild); }
    box.hidden = !results || !this.poll.revealed || this.poll.kind === "qa";  // a Q&A's result: its questions
    if (box.hidden) { return; }
    box.appendChild(el("h3", { text: t("results") }));
    var kind = results.kind || this.poll.kind;
    if (includes(CHOICE_KINDS, kind) && results.options) { box.appendChild(this.bars(results, kind)); }
    else if (kind === "scale" && results.distribution) {
      if (results.mean !== null && results.mean !== undefined) {
        box.appendChild(el("p", { className: "mean", text: t("mean", { x: number(results.mean, 1) }) }));
      }
      box.appendChild(this.bars({ ballots: results.ballots, options: results.distribution.map(function (point) {
        return { label: String(point.value), count: point.count };
      }) }, "scale"));
    } else if (kind === "wordcloud" && results.words) { box.appendChild(words(results.words)); }
    else if (results.entries && kind !== "qa") { box.appendChild(this.entryList(results.entries, false)); }
    if (kind !== "qa") {
      box.appendChild(el("p", { className: "total", text: results.ballots === 1 ? t("ballot") : t("ballots", { n: results.ballots || 0 }) }));
    }
    glide(box.querySelectorAll(".fill"), before);
  };

  /* Bars glide from where they were to their new lengths (the style sheet's transition does the moving). */
  function glide(fills, before) {
    if (fills.length !== before.length) { return; }
    Array.prototype.forEach.call(fills, function (fill, index) { fill.style.width = before[index]; });
    void document.body.offsetWidth;  // lay the old lengths out first, so the change can be animated
    Array.prototype.forEach.call(fills, function (fill) { fill.style.width = fill.getAttribute("data-width"); });
  }

  Card.prototype.bars = function (results, kind) {
    var list = el("ul", { className: "bars" });
    var ranking = kind === "ranking";
    var values = results.options.map(function (option) { return Number(ranking ? option.points : option.count) || 0; });
    var most = Math.max.apply(null, values.concat([0]));
    var total = Number(results.ballots) || 0;
    results.options.forEach(function (option, index) {
      var share = ranking ? (most ? values[index] / most : 0) : (total ? values[index] / total : 0);
      var shown = ranking ? t("points", { n: values[index] })
        : values[index] + " · " + (total ? Math.round(100 * values[index] / total) : 0) + " %";
      var fill = el("div", { className: "fill" });
      fill.setAttribute("data-width", Math.round(share * 1000) / 10 + "%");
      fill.style.width = fill.getAttribute("data-width");
      list.appendChild(el("li", {}, [
        el("div", { className: "row" }, [said("span", option.label, "label"), el("span", { className: "number", text: shown })]),
        el("div", { className: "track", "aria-hidden": "true" }, [fill])]));
    });
    return list;
  };

  function words(found) {
    var list = el("ul", { className: "words" });
    var most = Math.max.apply(null, found.map(function (word) { return word.count; }).concat([1]));
    found.forEach(function (word) {
      var item = el("li", {}, [said("span", word.word), el("span", { className: "times", text: t("times", { n: word.count }) })]);
      item.style.fontSize = (1 + 0.9 * word.count / most).toFixed(2) + "rem";
      list.appendChild(item);
    });
    return list;
  }

  Card.prototype.entryList = function (entries, voting) {
    var card = this;
    var list = el("ul", { className: "entries" });
    entries.forEach(function (entry) {
      var text = el("div", { className: "text" }, [said("span", entry.text)]);
      if (entry.answered) { text.appendChild(el("span", { className: "answered", text: t("answered") })); }
      if (entry.waiting) { text.appendChild(el("span", { className: "answered", text: t("waiting") })); }
      var parts = [text];
      if (voting && !entry.waiting) { parts.unshift(card.upvoteButton(entry)); }
      else if (entry.votes !== undefined && card.poll.kind === "qa") {
        parts.unshift(el("span", { className: "votes", text: String(entry.votes) }));
      }
      list.appendChild(el("li", { className: entry.pinned ? "pinned" : "" }, parts));
    });
    return list;
  };

  // Questions (Q&A) --------------------------------------------------------------------------------------------

  Card.prototype.loadQuestions = function () {
    var card = this;
    if (this.questionsTimer === undefined) {
      this.questionsTimer = window.setInterval(function () {
        if (!document.hidden && page.cards[card.poll.id] === card) { card.loadQuestions(); }
      }, QUESTIONS_MS);
    }
    request("api/polls/" + encodeURIComponent(this.poll.id) + "/questions").then(function (reply) {
      if (reply.ok && reply.data) {
        card.questions = Array.isArray(reply.data) ? reply.data : (reply.data.questions || reply.data.entries || []);
        card.renderQuestions();
      }
    }, function () { setOnline(false); });
  };

  Card.prototype.renderQuestions = function () {
    var box = this.questionsNode;
    if (!box) { return; }
    var focused = document.activeElement && document.activeElement.getAttribute("data-entry");
    while (box.firstChild) { box.removeChild(box.firstChild); }
    box.appendChild(el("h3", { text: t("questions") }));
    var questions = this.questions || [];
    if (!questions.length) { box.appendChild(el("p", { className: "empty", text: t("no_questions") })); return; }
    box.appendChild(this.entryList(questions, this.open()));
    if (focused) {
      var again = box.querySelector('[data-entry="' + focused.replace(/[^0-9A-Za-z_-]/g, "") + '"]');
      if (again) { again.focus(); }
    }
  };

  Card.prototype.upvoteButton = function (entry) {
    var card = this;
    var key = "upvoted." + entry.id;
    var done = entry.upvoted === undefined ? remembered(key) === "1" : !!entry.upvoted;
    var button = el("button", { type: "button", className: "upvote", "data-entry": entry.id, "aria-pressed": done ? "true" : "false",
                                "aria-label": done ? t("supported") + ": " + entry.text : t("support", { x: entry.text }) },
                    ["▲ " + (entry.votes || 0)]);
    button.addEventListener("click", function () {
      if (button.getAttribute("aria-pressed") === "true") { return; }
      button.disabled = true;
      post("api/polls/" + encodeURIComponent(card.poll.id) + "/questions/" + encodeURIComponent(entry.id) + "/upvote")
        .then(function (reply) {
          button.disabled = false;
          if (reply.ok && (!reply.data || reply.data.accepted !== false)) {
            remember(key, "1");
            card.status.textContent = t("supported");
            card.loadQuestions();
          } else {
            card.status.textContent = t("not_sent", { x: reasonOf(reply) });
          }
        }, function () {
          button.disabled = false;
          card.status.textContent = t("not_sent", { x: t("no_connection") });
        });
    });
    return button;
  };

  // The programme ----------------------------------------------------------------------------------------------

  function showProgramme() {
    var data = page.programme || {};
    var day = data.day || [];
    var byId = {};
    day.forEach(function (entry) { byId[entry.id] = entry; });
    fill("now-next", data.now_next || [], roomItem, page.programmeFailed ? "programme_missing" : "no_rooms");
    fill("changes", data.changes || [], function (change) { return changeItem(change, byId[change.id]); }, "no_changes");
    fill("day", day, sessionItem, "no_sessions");
  }

  function fill(id, items, make, empty) {
    var list = document.getElementById(id);
    while (list.firstChild) { list.removeChild(list.firstChild); }
    items.forEach(function (item) { list.appendChild(make(item)); });
    if (!items.length) { list.appendChild(el("li", { className: "none", text: t(empty) })); }
  }

  function roomItem(line) {
    var item = el("li", {}, [said("h3", line.room)]);
    [["now", line.now], ["next", line.next]].forEach(function (pair) {
      var entry = pair[1];
      if (!entry) { return; }
      var when = pair[0] === "now" ? t("now") : clock(entry.start);
      item.appendChild(el("p", { className: "slot" + (entry.cancelled ? " cancelled" : "") }, [
        el("span", { className: "when", text: when }), said("span", entry.title, "what title")]));
    });
    if (!line.now && !line.next) { item.appendChild(el("p", { className: "slot", text: t("nothing_now") })); }
    return item;
  }

  function badge(className, text) {
    return el("span", { className: "status " + className, text: text });
  }

  function sessionItem(entry) {
    var status = entry.status && entry.status !== "scheduled" ? entry.status : "";
    var item = el("li", { className: status });
    var when = el("span", { className: "time", text: clock(entry.start) + "–" + clock(entry.end) });
    item.appendChild(el("div", { className: "heading" }, [when, status && TEXTS.en[status] ? badge(status, t(status)) : null]));
    item.appendChild(said("span", entry.title, "title"));
    var where = [entry.room].concat(entry.speakers || []).filter(Boolean).join(" · ");
    if (where) { item.appendChild(said("span", where, "where")); }
    return item;
  }

  /* One change of the day: what changed, the session's title, and where and when it is now. */
  function changeItem(change, session) {
    var kind = "change_" + change.kind;
    var item = el("li", { className: change.kind === "cancelled" ? "cancelled" : "" });
    var heading = [badge(change.kind === "new" || change.kind === "restored" ? "new" : "",
                         TEXTS.en[kind] ? t(kind) : String(change.kind))];
    if (session) { heading.unshift(el("span", { className: "time", text: clock(session.start) + "–" + clock(session.end) })); }
    item.appendChild(el("div", { className: "heading" }, heading));
    item.appendChild(said("span", change.title || (session && session.title) || "", "title"));
    if (session && session.room) { item.appendChild(said("span", session.room, "where")); }
    return item;
  }

  /* The countdowns of polls that close by themselves; a poll that ran out is asked for again. */
  function tick() {
    var ranOut = false;
    Array.prototype.forEach.call(document.querySelectorAll(".countdown"), function (node) {
      var left = Math.max(0, Math.round((Date.parse(node.getAttribute("data-closes")) - Date.now()) / 1000));
      node.textContent = t("closes_in", { x: Math.floor(left / 60) + ":" + ("0" + left % 60).slice(-2) });
      if (!left && !node.getAttribute("data-done")) { node.setAttribute("data-done", "1"); ranOut = true; }
    });
    if (ranOut) { window.setTimeout(loadPolls, 1500); }
  }

  // Tabs and language ------------------------------------------------------------------------------------------

  var programmeTimer = 0;

  function showTab(name, focus) {
    page.tab = name;
    ["polls", "programme"].forEach(function (each) {
      var tab = document.getElementById("tab-" + each);
      var chosen = each === name;
      tab.setAttribute("aria-selected", chosen ? "true" : "false");
      tab.tabIndex = chosen ? 0 : -1;
      document.getElementById(each).hidden = !chosen;
      if (chosen && focus) { tab.focus(); }
    });
    if (name === "programme") {
      loadProgramme();
      if (!programmeTimer) {
        programmeTimer = window.setInterval(function () {
          if (page.tab === "programme" && !document.hidden) { loadProgramme(); }
        }, PROGRAMME_MS);
      }
    }
  }

  /* The event's name and join code in the header and the title (the cards are left as they are). */
  function showInfo() {
    document.title = page.info.event ? page.info.event + " · " + t("title") : t("title");
    document.getElementById("heading").textContent = page.info.event || t("heading");
    var code = document.getElementById("join-code");
    code.textContent = page.info.code ? t("code", { x: page.info.code }) : "";
    code.hidden = !page.info.code;
  }

  function translatePage() {
    document.documentElement.lang = page.language;
    Array.prototype.forEach.call(document.querySelectorAll("[data-text]"), function (node) {
      node.textContent = t(node.getAttribute("data-text"));
    });
    showInfo();
    var button = document.getElementById("language");
    button.textContent = t("other_language");
    button.setAttribute("lang", page.language === "de" ? "en" : "de");
    button.setAttribute("aria-label", t("language_label"));
    if (!page.online) { setOnline(false); }
    Object.keys(page.cards).forEach(function (id) { page.cards[id].render(); });
    if (page.programme !== null || page.programmeFailed) { showProgramme(); }
  }

  function start() {
    translatePage();
    document.getElementById("language").addEventListener("click", function () {
      page.language = page.language === "de" ? "en" : "de";
      remember("language", page.language);
      translatePage();
    });
    var tabs = ["polls", "programme"];
    tabs.forEach(function (name, index) {
      var tab = document.getElementById("tab-" + name);
      tab.addEventListener("click", function () { showTab(name, false); });
      tab.addEventListener("keydown", function (event) {
        var step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
        if (event.key === "Home" || event.key === "End") { step = (event.key === "Home" ? 0 : tabs.length - 1) - index; }
        if (!step) { return; }
        event.preventDefault();
        showTab(tabs[(index + step + tabs.length) % tabs.length], true);
      });
    });
    loadInfo();
    window.setInterval(tick, 1000);
    document.addEventListener("visibilitychange", function () {
      if (!document.hidden) {  // a phone that slept missed events: look again
        loadPolls().then(loadRevealed);
        if (page.tab === "programme") { loadProgramme(); }
      }
    });
    loadPolls().then(loadRevealed).then(function () {
      showEmpty();
      listen();
    });
  }

  start();
})();
