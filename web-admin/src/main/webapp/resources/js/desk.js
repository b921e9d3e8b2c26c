/*
 * The agent desk's client. The agent socket (/console/agent/socket) pushes the agent's presence and calls: a
 * SNAPSHOT on every (re)connect rebuilds the desk, OFFER brings a call with its screen pop before it is answered,
 * CALL and PRESENCE move it on. Every control is a REST call (/api/v1, the console session's cookie).
 * What survives a reload or a dropped network: the calls (the SNAPSHOT), the call being wrapped up with its pop
 * (sessionStorage, as the server forgets the pop once the call is over), and the note being typed (localStorage per
 * call id, until it is saved). The socket reconnects after a drop (0.5 s, doubling up to 10 s).
 * Everything is written with textContent: names and notes never become markup.
 */
(function () {
  'use strict';

  var root = document.getElementById('desk');
  var api = root.dataset.api;
  var socketUrl = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + root.dataset.socket;
  var LAST_CALL = 'confidant.desk.lastCall';
  var CONTACT = 'confidant.desk.contact';
  var NOTE = 'confidant.desk.note.';
  var ORDER = ['TALKING', 'HELD', 'RINGING', 'WRAP_UP'];
  var KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];
  var SHORTCUTS = { a: 'answer', x: 'hang-up', t: 'transfer-target', n: 'note-draft', d: 'disposition' };

  var retryMillis = 500;
  var presence = null;
  var calls = {};
  var shownCallId = null;
  var poppedFor = null;
  var muted = false;
  var links = {};

  function $(id) {
    return document.getElementById(id);
  }

  // ------------------------------------------------------------------------------------------------ REST

  function rest(method, path, body) {
    var headers = { Accept: 'application/json' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    return fetch(api + path, {
      method: method, credentials: 'same-origin', headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      return response.text().then(function (text) {
        var json = null;
        try {
          json = text ? JSON.parse(text) : null;
        } catch (notJson) {
          json = null;
        }
        if (!response.ok) {
          throw new Error((json && (json.detail || json.title)) || ('The server answered ' + response.status));
        }
        return json;
      });
    });
  }

  function run(promise, done) {
    return promise.then(function (answer) {
      if (done) {
        done(answer);
      }
      return answer;
    }).catch(function (failure) {
      say('error', failure.message);
    });
  }

  function say(kind, text) {
    var item = document.createElement('li');
    item.className = kind;
    item.textContent = text;
    $('messages').replaceChildren(item);
  }

  // ---------------------------------------------------------------------------------------------- socket

  function connect() {
    var socket = new WebSocket(socketUrl);
    socket.onopen = function () {
      retryMillis = 500;
      showConnection('live', 'Live');
    };
    socket.onmessage = function (message) {
      heard(JSON.parse(message.data));
    };
    socket.onclose = function () {
      showConnection('reconnecting', 'Reconnecting…');
      setTimeout(connect, retryMillis);
      retryMillis = Math.min(retryMillis * 2, 10000);
    };
  }

  function showConnection(state, text) {
    $('connection').dataset.state = state;
    $('connection').textContent = text;
  }

  function heard(frame) {
    if (frame.type === 'SNAPSHOT') {
      presence = frame.presence;
      calls = {};
      frame.calls.forEach(keep);
    } else if (frame.type === 'OFFER' || frame.type === 'CALL') {
      keep(frame.call);
    } else if (frame.type === 'PRESENCE' && isNewer(frame.presence)) {
      presence = frame.presence;
    }
    if (presence && ['RESERVED', 'ON_CALL', 'WRAP_UP'].indexOf(presence.state) < 0) {
      calls = {}; // free again: no call is on the desk any more
    }
    draw();
  }

  /**
   * Whether a pushed presence is later than the one shown. Presence events of one change (logging in on the way to
   * available) share an instant and may arrive in either order, after the REST answer that already showed the end.
   */
  function isNewer(pushed) {
    return !presence || !presence.since || Date.parse(pushed.since) > Date.parse(presence.since);
  }

  /** Keeps the call as pushed; a frame without the pop keeps the one already shown. */
  function keep(call) {
    var before = calls[call.callId] || lastCall();
    if (!call.pop && before && before.callId === call.callId) {
      call.pop = before.pop;
    }
    if (call.state === 'ENDED') {
      delete calls[call.callId];
      return;
    }
    calls[call.callId] = call;
    sessionStorage.setItem(LAST_CALL, JSON.stringify(call));
  }

  function lastCall() {
    var stored = sessionStorage.getItem(LAST_CALL);
    return stored ? JSON.parse(stored) : null;
  }

  /**
   * The call on the desk: one being talked on first, then one ringing, then one in wrap-up. The agent's presence
   * has the last word on wrap-up (a call handed over by a transfer goes on for the other agent) and brings the
   * wrapped-up call back after a reload.
   */
  function deskCall() {
    var live = Object.keys(calls).map(function (id) {
      return calls[id];
    }).sort(function (a, b) {
      return ORDER.indexOf(a.state) - ORDER.indexOf(b.state);
    });
    var shown = live[0] || null;
    var wrapsUp = presence && presence.state === 'WRAP_UP';
    if (!shown && wrapsUp) {
      shown = lastCall();
    }
    if (shown && wrapsUp && shown.state !== 'RINGING') {
      shown = Object.assign({}, shown, { state: 'WRAP_UP' });
    }
    return shown;
  }

  // ------------------------------------------------------------------------------------------------ draw

  function draw() {
    var state = presence ? presence.state : '–';
    $('presence-state').textContent = state;
    $('presence-state').dataset.state = state;
    $('presence-reason').textContent = presence && presence.reason ? '(' + presence.reason + ')' : '';
    var call = deskCall();
    $('call').hidden = !call;
    if (!call) {
      shownCallId = null;
      return;
    }
    if (call.callId !== shownCallId) {
      newCallOnDesk(call);
    }
    $('call-state').textContent = call.state;
    $('call-state').dataset.state = call.state;
    $('call-queue').textContent = call.queue ? call.queue.name : '–';
    $('call-waited').textContent = call.waitedSeconds;
    $('call-muted').textContent = muted ? 'muted' : '';
    if (call.pop && poppedFor !== call.callId) {
      drawPop(call);
    }
    enable(call.state);
  }

  function enable(state) {
    var talking = state === 'TALKING';
    var onCall = talking || state === 'HELD';
    $('answer').disabled = state !== 'RINGING';
    $('hold').disabled = !talking;
    $('resume').disabled = state !== 'HELD';
    $('mute').disabled = !talking || muted;
    $('unmute').disabled = !talking || !muted;
    $('hang-up').disabled = !onCall;
    $('transfer').disabled = !onCall;
    $('conference').disabled = !onCall;
    document.querySelectorAll('#dtmf-pad button').forEach(function (key) {
      key.disabled = !talking;
    });
    $('end-wrap-up').disabled = state !== 'WRAP_UP';
  }

  /** A call arrives on the desk (or comes back after a reload): its note draft, saved notes and links. */
  function newCallOnDesk(call) {
    shownCallId = call.callId;
    poppedFor = null;
    muted = false;
    links = {};
    $('note-draft').value = localStorage.getItem(NOTE + call.callId) || '';
    $('notes-saved').replaceChildren();
    $('disposition-set').textContent = '';
    loadTransferTargets();
    if (call.state !== 'RINGING') {
      loadInteraction(call.callId);
    }
  }

  function loadInteraction(callId) {
    rest('GET', '/interactions/' + callId).then(function (interaction) {
      links = { contactId: interaction.contactId, caseId: interaction.caseId };
      $('disposition-set').textContent = interaction.dispositionCode ? 'Set: ' + interaction.dispositionCode : '';
      $('notes-saved').replaceChildren.apply($('notes-saved'), interaction.notes.map(noteItem));
    }).catch(function () {
      // not logged yet (the call log follows the phone system's events): nothing to restore
    });
  }

  function drawPop(call) {
    poppedFor = call.callId;
    var pop = call.pop;
    $('caller-number').textContent = pop.callerNumber || 'withheld';
    $('pop-match').textContent = pop.match;
    $('pop-match').dataset.match = pop.match;
    $('pop-contacts').replaceChildren.apply($('pop-contacts'), pop.contacts.map(function (contact) {
      return contactItem(contact, pop.match === 'SEVERAL');
    }));
    $('pop-unknown').hidden = pop.match !== 'NONE';
    $('pop-cases').replaceChildren.apply($('pop-cases'), pop.openCases.map(caseItem));
    $('pop-recent').replaceChildren.apply($('pop-recent'), pop.recentInteractions.map(function (earlier) {
      return item([new Date(earlier.startedAt).toLocaleString(), earlier.queue, earlier.agent,
        earlier.disposition || ''].join(' · '));
    }));
    $('pop-ivr').replaceChildren.apply($('pop-ivr'), pop.ivr.map(function (step) {
      return item(step.node + ': ' + step.choice);
    }));
    $('transfer-notes').replaceChildren.apply($('transfer-notes'), pop.transferNotes.map(noteItem));
    if (pop.match === 'ONE') {
      chooseContact(pop.contacts[0].id, false);
    }
  }

  function contactItem(contact, pickList) {
    var entry = document.createElement('li');
    entry.className = 'contact';
    entry.dataset.id = contact.id;
    var name = document.createElement('strong');
    name.textContent = contact.displayName || '(name hidden)';
    entry.append(name, ' ' + [contact.dateOfBirth ? 'born ' + contact.dateOfBirth : '',
      contact.identifiers && contact.identifiers.mrn ? 'MRN ' + contact.identifiers.mrn : ''].join(' '));
    if (pickList) {
      entry.append(button('This is the caller', 'pick-contact', function () {
        chooseContact(contact.id, true);
      }));
    }
    return entry;
  }

  function caseItem(openCase) {
    var entry = item(openCase.reference + ' · ' + openCase.title + ' · ' + openCase.status
      + (openCase.owner ? ' · ' + openCase.owner : ''));
    entry.className = 'case';
    entry.dataset.id = openCase.id;
    entry.append(' ', button('Link to this call', 'link-case', function () {
      link({ contactId: openCase.contactId || links.contactId, caseId: openCase.id }, 'Linked to case '
        + openCase.reference + '.');
    }));
    return entry;
  }

  function noteItem(note) {
    return item((note.author || '') + ' (' + new Date(note.writtenAt).toLocaleTimeString() + '): '
      + (note.text === null ? '(hidden)' : note.text));
  }

  function item(text) {
    var entry = document.createElement('li');
    entry.textContent = text;
    return entry;
  }

  function button(text, className, action) {
    var control = document.createElement('button');
    control.type = 'button';
    control.className = className;
    control.textContent = text;
    control.addEventListener('click', action);
    return control;
  }

  // ------------------------------------------------------------------------------------- contact & links

  /** The contact of the call: shown with its phones (click-to-call) and, when asked, linked to the call. */
  function chooseContact(contactId, linkNow) {
    sessionStorage.setItem(CONTACT, contactId);
    drawContactCard();
    if (linkNow) {
      link({ contactId: contactId, caseId: links.caseId }, 'Contact linked to this call.');
    }
  }

  function drawContactCard() {
    var contactId = sessionStorage.getItem(CONTACT);
    if (!contactId) {
      $('contact-card').replaceChildren(item('No contact yet.'));
      return;
    }
    rest('GET', '/contacts/' + contactId).then(function (contact) {
      var heading = document.createElement('h3');
      heading.textContent = contact.name || '(name hidden)';
      var phones = contact.phones.map(function (phone, index) {
        var entry = item((phone.label || 'phone') + ' ' + (phone.number || ''));
        entry.append(' ', button('Call', 'dial', function () {
          run(rest('POST', '/agents/me/calls', { contactId: contactId, phone: index }), function () {
            say('info', 'Calling ' + (phone.label || 'the contact') + ' from your phone…');
          });
        }));
        entry.dataset.phone = index;
        return entry;
      });
      var list = document.createElement('ul');
      list.className = 'plain';
      list.id = 'contact-phones';
      list.replaceChildren.apply(list, phones);
      $('contact-card').replaceChildren(heading, list);
    }).catch(function (failure) {
      $('contact-card').replaceChildren(item(failure.message));
    });
  }

  function link(wanted, done) {
    var callId = shownCallId;
    links = { contactId: wanted.contactId || null, caseId: wanted.caseId || null };
    return run(rest('PUT', '/interactions/' + callId + '/links', links), function () {
      say('info', done);
    });
  }

  function createContact() {
    var call = deskCall();
    var name = $('new-contact-name').value.trim();
    if (!name) {
      say('error', 'Give the caller\'s name first.');
      return;
    }
    var phones = call.pop.callerNumber ? [{ label: 'caller', number: call.pop.callerNumber }] : [];
    run(rest('POST', '/contacts', { name: name, phones: phones }), function (contact) {
      $('pop-unknown').hidden = true;
      $('pop-contacts').replaceChildren(contactItem({ id: contact.id, displayName: contact.name,
        dateOfBirth: null, identifiers: {} }, false));
      chooseContact(contact.id, true);
    });
  }

  function createCase() {
    var subject = $('case-subject').value.trim();
    if (!links.contactId) {
      say('error', 'Choose or create the caller\'s contact first.');
      return;
    }
    run(rest('POST', '/cases', { contactId: links.contactId, subject: subject }), function (created) {
      $('case-subject').value = '';
      link({ contactId: links.contactId, caseId: created.id }, 'Case created and linked to this call.');
    });
  }

  // --------------------------------------------------------------------------------------------- controls

  function control(action) {
    var callId = shownCallId;
    return run(rest('POST', '/agents/me/calls/' + callId + '/' + action), function () {
      if (action === 'answer' && sessionStorage.getItem(CONTACT) && calls[callId] && calls[callId].pop
          && calls[callId].pop.match === 'ONE') {
        link({ contactId: sessionStorage.getItem(CONTACT), caseId: links.caseId }, 'Answered; contact linked.');
      }
      if (action === 'mute' || action === 'unmute') {
        muted = action === 'mute';
        draw();
      }
    });
  }

  function loadTransferTargets() {
    rest('GET', '/agents/me/transfer-targets').then(function (targets) {
      var options = targets.map(function (target) {
        var option = document.createElement('option');
        option.value = target.kind.toLowerCase() + ':' + target.id;
        option.textContent = (target.kind === 'AGENT' ? 'Agent ' : 'Queue ') + target.name
          + (target.state ? ' (' + target.state + ')' : '');
        return option;
      });
      var number = document.createElement('option');
      number.value = 'number';
      number.textContent = 'A number…';
      options.push(number);
      $('transfer-target').replaceChildren.apply($('transfer-target'), options);
    }).catch(function (failure) {
      say('error', failure.message);
    });
  }

  function chosenTarget() {
    var chosen = $('transfer-target').value;
    if (chosen === 'number') {
      return { number: $('transfer-number').value.trim() };
    }
    var parts = chosen.split(':');
    return parts[0] === 'agent' ? { agentId: parts[1] } : { queueId: parts[1] };
  }

  function transfer() {
    run(rest('POST', '/agents/me/calls/' + shownCallId + '/transfer',
      { mode: $('transfer-mode').value, target: chosenTarget() }), function () {
      say('info', 'Transferring…');
    });
  }

  function conference() {
    run(rest('POST', '/agents/me/calls/' + shownCallId + '/conference', chosenTarget()), function () {
      say('info', 'Adding to the call…');
    });
  }

  function saveNote() {
    var callId = shownCallId;
    var text = $('note-draft').value.trim();
    if (!text) {
      return;
    }
    run(rest('POST', '/interactions/' + callId + '/notes', { text: text }), function (note) {
      localStorage.removeItem(NOTE + callId);
      if (shownCallId === callId) {
        $('note-draft').value = '';
      }
      $('notes-saved').append(noteItem(note));
      say('info', 'Note saved.');
    });
  }

  function setDisposition() {
    var code = $('disposition').value;
    run(rest('PUT', '/interactions/' + shownCallId + '/disposition', { code: code }), function () {
      $('disposition-set').textContent = 'Set: ' + code;
    });
  }

  function changePresence(state, reasonCode) {
    var callId = shownCallId;
    run(rest('PUT', '/agents/me/presence', { state: state, reasonCode: reasonCode }), function (after) {
      presence = { state: after.state, reason: after.reasonCode, since: after.since };
      if (callId && ['AVAILABLE', 'NOT_READY', 'LOGGED_OUT'].indexOf(after.state) >= 0) {
        sessionStorage.removeItem(LAST_CALL); // the wrap-up is over; the contact card stays
        localStorage.removeItem(NOTE + callId);
        calls = {};
      }
      draw();
    });
  }

  function fill(select, codes) {
    select.replaceChildren.apply(select, codes.filter(function (code) {
      return code.active;
    }).map(function (code) {
      var option = document.createElement('option');
      option.value = code.code;
      option.textContent = code.label + ' (' + code.code + ')';
      return option;
    }));
  }

  // ---------------------------------------------------------------------------------------------- wiring

  function wire() {
    ['answer', 'hold', 'resume', 'mute', 'unmute', 'hang-up'].forEach(function (action) {
      $(action).addEventListener('click', function () {
        control(action);
      });
    });
    $('transfer').addEventListener('click', transfer);
    $('conference').addEventListener('click', conference);
    $('save-note').addEventListener('click', saveNote);
    $('save-disposition').addEventListener('click', setDisposition);
    $('create-contact').addEventListener('click', createContact);
    $('create-case').addEventListener('click', createCase);
    $('end-wrap-up').addEventListener('click', function () {
      changePresence('AVAILABLE');
    });
    $('go-available').addEventListener('click', function () {
      changePresence('AVAILABLE');
    });
    $('go-not-ready').addEventListener('click', function () {
      changePresence('NOT_READY', $('reason').value);
    });
    $('go-logged-out').addEventListener('click', function () {
      changePresence('LOGGED_OUT');
    });
    $('note-draft').addEventListener('input', function () {
      if (shownCallId) {
        localStorage.setItem(NOTE + shownCallId, $('note-draft').value);
      }
    });
    KEYS.forEach(function (key) {
      $('dtmf-pad').append(button(key, 'dtmf-key', function () {
        run(rest('POST', '/agents/me/calls/' + shownCallId + '/dtmf', { digits: key }));
      }));
    });
    document.addEventListener('keydown', shortcut);
  }

  /** Alt+letter: the main actions (shown on the page). A disabled control does nothing. */
  function shortcut(event) {
    if (!event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    var key = event.key.toLowerCase();
    var target = SHORTCUTS[key];
    if (key === 'h') {
      target = $('hold').disabled ? 'resume' : 'hold';
    } else if (key === 'm') {
      target = muted ? 'unmute' : 'mute';
    }
    if (!target) {
      return;
    }
    event.preventDefault();
    var element = $(target);
    if (element.disabled) {
      return;
    }
    if (element.tagName === 'BUTTON') {
      element.click();
    } else {
      element.focus();
    }
  }

  wire();
  drawContactCard();
  rest('GET', '/agents/me/reason-codes').then(function (codes) {
    fill($('reason'), codes);
  }).catch(function (failure) {
    say('error', failure.message);
  });
  rest('GET', '/disposition-codes').then(function (codes) {
    fill($('disposition'), codes);
  }).catch(function (failure) {
    say('error', failure.message);
  });
  connect();
}());
