/*
 * The live wallboard's client: opens the wallboard socket, draws each snapshot it pushes (queue tiles, agent
 * table), ticks the clocks between snapshots (in place: a button is never swapped under the pointer), and
 * reconnects after a drop (0.5 s, doubling up to 10 s).
 * Everything is written with textContent: names never become markup.
 */
(function () {
  'use strict';

  var root = document.getElementById('wallboard');
  var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + root.dataset.socket;
  var retryMillis = 500;
  var latest = null;
  var receivedAt = 0;

  function connect() {
    var socket = new WebSocket(url);
    socket.onopen = function () {
      retryMillis = 500;
      showConnection('live', 'Live');
    };
    socket.onmessage = function (message) {
      latest = JSON.parse(message.data);
      receivedAt = Date.now();
      draw();
    };
    socket.onclose = function () {
      showConnection('reconnecting', 'Reconnecting…');
      setTimeout(connect, retryMillis);
      retryMillis = Math.min(retryMillis * 2, 10000);
    };
  }

  function showConnection(state, text) {
    var connection = document.getElementById('connection');
    connection.dataset.state = state;
    connection.textContent = text;
  }

  /** Seconds gone by since the snapshot arrived, to age its clocks without asking the server. */
  function ageSeconds() {
    return Math.floor((Date.now() - receivedAt) / 1000);
  }

  function draw() {
    if (!latest) {
      return;
    }
    document.getElementById('taken-at').textContent = new Date(latest.takenAt).toLocaleTimeString();
    document.getElementById('day').textContent = latest.day;
    document.getElementById('zone').textContent = latest.zone;
    var queues = document.getElementById('queues');
    queues.replaceChildren.apply(queues, latest.queues.map(tile));
    var body = document.querySelector('#agents tbody');
    body.replaceChildren.apply(body, latest.agents.map(row));
    var alerts = document.getElementById('break-glass');
    alerts.replaceChildren.apply(alerts, latest.breakGlassToday.map(breakGlass));
    document.getElementById('break-glass-none').hidden = latest.breakGlassToday.length > 0;
  }

  /** One break-glass access of today: who opened which record, when (the reason is for the audit trail). */
  function breakGlass(alert) {
    var item = element('li', 'break-glass');
    item.appendChild(element('time', null, new Date(alert.at).toLocaleTimeString()));
    item.appendChild(document.createTextNode(' ' + alert.actor + ' opened record '));
    item.appendChild(element('code', null, alert.contactId));
    return item;
  }

  /** Ages every clock on the board by the time since its snapshot arrived. */
  function tick() {
    var age = ageSeconds();
    document.querySelectorAll('#wallboard [data-seconds]').forEach(function (clock) {
      clock.textContent = duration(Number(clock.dataset.seconds) + age);
    });
  }

  function tile(queue) {
    var article = element('article', 'tile');
    article.id = 'queue-' + queue.queueId;
    article.appendChild(element('h3', null, queue.name));
    var figures = element('dl', 'figures');
    figure(figures, 'waiting', 'Calls waiting', queue.callsWaiting);
    var longestWait = figure(figures, 'longest-wait', 'Longest wait', duration(queue.longestWaitSeconds));
    if (queue.callsWaiting > 0) {
      longestWait.dataset.seconds = queue.longestWaitSeconds;
    }
    figure(figures, 'agents', 'Agents avail. / reserved / on call / wrap-up / not ready', [queue.available,
      queue.reserved, queue.onCall, queue.wrapUp, queue.notReady].join(' / '));
    figure(figures, 'service-level', 'Service level, ' + queue.serviceLevelLabel,
        queue.serviceLevelPercent === undefined || queue.serviceLevelPercent === null ? '–'
            : queue.serviceLevelPercent + ' % (' + queue.answeredWithinThreshold + ' / ' + queue.answered + ')');
    figure(figures, 'abandoned', 'Abandoned today', queue.abandoned);
    article.appendChild(figures);
    return article;
  }

  function figure(list, name, label, value) {
    list.appendChild(element('dt', null, label));
    var dd = element('dd', name, String(value));
    dd.dataset.figure = name;
    list.appendChild(dd);
    return dd;
  }

  function row(agent) {
    var tr = element('tr');
    tr.id = 'agent-' + agent.agentId;
    tr.appendChild(element('td', 'name', agent.displayName));
    tr.appendChild(element('td', 'state state-' + agent.state.toLowerCase(), agent.state.replace('_', ' ')));
    tr.appendChild(element('td', 'reason', agent.reasonCode || ''));
    var timeInState = element('td', 'time-in-state', duration(agent.secondsInState));
    timeInState.dataset.seconds = agent.secondsInState;
    tr.appendChild(timeInState);
    tr.appendChild(element('td', 'call', agent.callId || ''));
    var actions = element('td', 'actions');
    actions.appendChild(action('Not ready', 'force-not-ready', agent.agentId));
    actions.appendChild(action('Log out', 'log-out', agent.agentId));
    tr.appendChild(actions);
    return tr;
  }

  /** A row's button: fills in the agent and presses the hidden Faces form's button of the same name. */
  function action(text, name, agentId) {
    var button = element('button', name, text);
    button.type = 'button';
    button.addEventListener('click', function () {
      document.getElementById('actions:agent').value = agentId;
      document.getElementById('actions:' + name).click();
    });
    return button;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function duration(seconds) {
    var minutes = Math.floor(seconds / 60);
    var rest = seconds % 60;
    return (minutes >= 60 ? Math.floor(minutes / 60) + ':' + pad(minutes % 60) : String(minutes)) + ':' + pad(rest);
  }

  function pad(number) {
    return number < 10 ? '0' + number : String(number);
  }

  setInterval(tick, 1000);
  connect();
}());
