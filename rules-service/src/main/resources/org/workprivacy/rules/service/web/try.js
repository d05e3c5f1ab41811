// "Try a situation": a form per scenario built from /v1/schema (its descriptions from /v1/schema?lang=nl in
// Dutch), answered by POST /v1/decisions and explained by POST /v1/explanations.
// The situation lives in the address (#try?situation=...), so a link to it opens the same case.
(function () {
  'use strict';
  var T = {
    en: { notStated: 'not stated', yes: 'yes', no: 'no', reasons: 'Reasons', conditions: 'Conditions',
      missing: 'Facts not stated that can change the answer', explanation: 'How the rules combined',
      rule: 'rule', legalBasis: 'legal basis', version: 'rule-set version', copied: 'Copied.',
      copyFailed: 'Copy it from the box below.', error: 'No verdict', deciding: 'Deciding…',
      deny: 'A rule forbids this, and a rule that forbids overrides any that permits.',
      none: 'No rule permits this action in this situation, so it is not allowed.',
      missingWhy: 'A fact that can change the answer was not stated; until it is, the answer is no.',
      allow: 'A rule permits this and none forbids it; the conditions of the rules that apply come with it.',
      ALLOWED: 'ALLOWED', DENIED: 'DENIED',
      explain: 'Explanation: the rules that fired and how they combined', fired: 'Rules that fired, in order',
      firedOpen: 'Rules that fired whatever the facts not stated are, in order', noneFired: 'No rule fired.',
      ALLOW: 'permits', DENY: 'forbids', CONDITION: 'condition', code: 'code', matched: 'facts matched',
      combined: 'How they combined, in the engine\'s words', open: 'Facts not stated (every value of each was tried)',
      fact: 'fact', decisive: 'decisive', yesDecisive: 'yes: it can change the answer', notDecisive: 'no: no value changes the answer',
      why: 'why', explaining: 'Explaining…' },
    nl: { notStated: 'niet opgegeven', yes: 'ja', no: 'nee', reasons: 'Redenen', conditions: 'Voorwaarden',
      missing: 'Niet opgegeven feiten die het antwoord kunnen veranderen', explanation: 'Hoe de regels samenkwamen',
      rule: 'regel', legalBasis: 'rechtsgrond', version: 'versie van de regels', copied: 'Gekopieerd.',
      copyFailed: 'Kopieer het uit het vak hieronder.', error: 'Geen beslissing', deciding: 'Bezig…',
      deny: 'Een regel verbiedt dit, en een regel die verbiedt gaat voor elke regel die toestaat.',
      none: 'Geen regel staat deze handeling in deze situatie toe, dus mag het niet.',
      missingWhy: 'Een feit dat het antwoord kan veranderen is niet opgegeven; zolang het ontbreekt is het antwoord nee.',
      allow: 'Een regel staat dit toe en geen regel verbiedt het; de voorwaarden van de regels die gelden horen erbij.',
      ALLOWED: 'TOEGESTAAN', DENIED: 'GEWEIGERD',
      explain: 'Toelichting: de regels die van toepassing waren en hoe zij samenkwamen',
      fired: 'Regels die van toepassing waren, op volgorde',
      firedOpen: 'Regels die van toepassing waren, welke waarde de niet opgegeven feiten ook hebben, op volgorde',
      noneFired: 'Geen enkele regel was van toepassing.',
      ALLOW: 'staat toe', DENY: 'verbiedt', CONDITION: 'voorwaarde', code: 'code', matched: 'feiten waarop de regel zag',
      combined: 'Hoe zij samenkwamen, in de woorden van de beslisser',
      open: 'Niet opgegeven feiten (elke mogelijke waarde is geprobeerd)', fact: 'feit', decisive: 'beslissend',
      yesDecisive: 'ja: het kan het antwoord veranderen', notDecisive: 'nee: geen enkele waarde verandert het antwoord',
      why: 'waarom', explaining: 'Bezig met de toelichting…' }
  };
  var schema = null;
  var descriptions = { en: null, nl: null }; // the schema with its descriptions in each language
  var answered = false;
  var explanationOpen = false; // kept open when the answer is asked for again (another language)

  function lang() { return document.documentElement.lang === 'nl' ? 'nl' : 'en'; }
  function t(key) { return T[lang()][key]; }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function factsSchema(scenario) { return schema.$defs[scenario].properties.facts; }
  function described(scenario) {
    var s = descriptions[lang()] || descriptions.en;
    return s.$defs[scenario].properties.facts;
  }
  function describe() {
    var scenario = document.getElementById('try-scenario').value;
    var facts = described(scenario);
    var question = document.getElementById('try-question');
    question.textContent = facts.description || '';
    question.lang = descriptions[lang()] ? lang() : 'en';
    Object.keys(facts.properties).forEach(function (name) {
      var span = document.getElementById('fact-' + name + '-description');
      if (span) { span.textContent = facts.properties[name].description || ''; span.lang = question.lang; }
    });
  }
  function types(s) { return [].concat(s.type || []); }

  function field(name, s) {
    var id = 'fact-' + name;
    var description = el('span', { 'class': 'description', id: id + '-description', lang: 'en' }, '');
    if (types(s).indexOf('boolean') >= 0) {
      var set = el('fieldset', { 'data-fact': name, 'aria-describedby': id + '-description' });
      set.appendChild(el('legend', {}, name));
      set.appendChild(description);
      [['', 'notStated'], ['true', 'yes'], ['false', 'no']].forEach(function (choice) {
        var suffix = choice[0] === '' ? 'unset' : choice[1];
        var radio = el('input', { type: 'radio', name: id, id: id + '-' + suffix, value: choice[0] });
        if (choice[0] === '') { radio.checked = true; }
        var label = el('label', { 'for': id + '-' + suffix, 'data-text': choice[1] }, t(choice[1]));
        label.prepend(radio);
        label.insertBefore(document.createTextNode(' '), radio.nextSibling);
        set.appendChild(label);
      });
      return set;
    }
    var box = el('div', { 'class': 'fact', 'data-fact': name });
    box.appendChild(el('label', { 'for': id, 'class': 'name' }, name));
    box.appendChild(description);
    var input;
    if (s.enum) {
      input = el('select', { id: id, 'aria-describedby': id + '-description' });
      input.appendChild(el('option', { value: '', 'data-text': 'notStated' }, t('notStated')));
      s.enum.filter(function (v) { return v !== null; }).forEach(function (v) {
        input.appendChild(el('option', { value: String(v) }, String(v)));
      });
    } else {
      var numeric = types(s).indexOf('integer') >= 0 || types(s).indexOf('number') >= 0;
      input = el('input', { id: id, type: numeric ? 'number' : 'text', 'aria-describedby': id + '-description' });
      if (s.minimum !== undefined) { input.min = s.minimum; }
      if (s.maximum !== undefined) { input.max = s.maximum; }
    }
    box.appendChild(input);
    return box;
  }

  function buildForm(scenario) {
    var facts = factsSchema(scenario);
    var holder = document.getElementById('try-facts');
    holder.innerHTML = '';
    Object.keys(facts.properties).forEach(function (name) { holder.appendChild(field(name, facts.properties[name])); });
    describe();
  }

  function situation() {
    var scenario = document.getElementById('try-scenario').value;
    var props = factsSchema(scenario).properties;
    var facts = {};
    Object.keys(props).forEach(function (name) {
      var s = props[name];
      if (types(s).indexOf('boolean') >= 0) {
        var checked = document.querySelector('input[name="fact-' + name + '"]:checked');
        if (checked && checked.value !== '') { facts[name] = checked.value === 'true'; }
        return;
      }
      var value = document.getElementById('fact-' + name).value;
      if (value === '') { return; }
      facts[name] = (types(s).indexOf('integer') >= 0 || types(s).indexOf('number') >= 0) ? Number(value) : value;
    });
    return { scenario: scenario, facts: facts };
  }

  function fill(doc) {
    var select = document.getElementById('try-scenario');
    if (!schema.$defs[doc.scenario]) { return; }
    select.value = doc.scenario;
    buildForm(doc.scenario);
    Object.keys(doc.facts || {}).forEach(function (name) {
      var value = doc.facts[name];
      if (typeof value === 'boolean') {
        var radio = document.getElementById('fact-' + name + '-' + (value ? 'yes' : 'no'));
        if (radio) { radio.checked = true; }
      } else {
        var input = document.getElementById('fact-' + name);
        if (input && value !== null) { input.value = String(value); }
      }
    });
  }

  function decisionsUrl() { return location.origin + '/v1/decisions'; }
  function curl(json) {
    return "curl --json '" + json.replace(/'/g, "'\\''") + "' '" + decisionsUrl() + '?lang=' + lang() + "'";
  }

  function refresh() {
    var json = JSON.stringify(situation());
    document.getElementById('try-json').textContent = JSON.stringify(JSON.parse(json), null, 2);
    document.getElementById('try-curl').textContent = curl(json);
    document.getElementById('try-link').href = location.pathname + '#try?situation=' + encodeURIComponent(json);
  }

  function list(title, items, render) {
    var box = el('div');
    box.appendChild(el('h3', {}, title));
    var ul = el('ul');
    items.forEach(function (item) { ul.appendChild(render(item)); });
    box.appendChild(ul);
    return box;
  }

  function citedItem(item, ruleId) {
    var li = el('li');
    li.appendChild(el('span', { 'class': 'message' }, item.message));
    li.appendChild(el('br'));
    li.appendChild(el('code', { 'class': 'reason-code' }, item.code));
    if (ruleId) {
      li.appendChild(document.createTextNode(' · ' + t('rule') + ': '));
      li.appendChild(ruleLink(ruleId));
    }
    if (item.legalBasis && item.legalBasis.length) {
      li.appendChild(document.createTextNode(' · ' + t('legalBasis') + ': ' + item.legalBasis.join('; ')));
    }
    return li;
  }

  function show(verdict) {
    var answer = document.getElementById('try-answer');
    answer.innerHTML = '';
    var box = el('div', { 'class': 'verdict', id: 'verdict' });
    var head = el('h3');
    head.appendChild(el('span', { 'class': 'outcome ' + verdict.outcome.toLowerCase(), id: 'verdict-outcome',
      'data-outcome': verdict.outcome }, t(verdict.outcome)));
    box.appendChild(head);
    box.appendChild(list(t('reasons'), verdict.reasons, function (r) { return citedItem(r, r.ruleId); }));
    if (verdict.conditions.length) {
      box.appendChild(list(t('conditions'), verdict.conditions, function (c) { return citedItem(c, null); }));
    }
    if (verdict.missingFacts.length) {
      box.appendChild(list(t('missing'), verdict.missingFacts, function (f) { return el('li', {}, f); }));
    }
    var codes = verdict.reasons.map(function (r) { return r.code; });
    var why = verdict.outcome === 'ALLOWED' ? 'allow' : codes.indexOf('missing-facts') >= 0 ? 'missingWhy'
      : codes.indexOf('no-permitting-rule') >= 0 ? 'none' : 'deny';
    box.appendChild(el('h3', {}, t('explanation')));
    box.appendChild(el('p', { id: 'verdict-combination' }, t(why)));
    box.appendChild(el('p', { 'class': 'version' }, t('version') + ': ' + verdict.ruleSetVersion
      + (verdict.decisionId ? ' · decisionId ' + verdict.decisionId : '')));
    answer.appendChild(box);
  }

  function ruleLink(ruleId) {
    var anchor = document.getElementById('rule-' + ruleId.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/(^-|-$)/g, ''));
    return anchor ? el('a', { href: '#' + anchor.id }, ruleId) : el('span', {}, ruleId);
  }

  // The engine's explanation (as workprivacy explain --format json gives it), under the answer, folded.
  function showExplanation(explanation) {
    var box = document.getElementById('explanation-body');
    box.innerHTML = '';
    var open = explanation.openFacts || [];
    box.appendChild(el('h4', {}, t(open.length ? 'firedOpen' : 'fired')));
    if (!explanation.firedRules.length) { box.appendChild(el('p', {}, t('noneFired'))); }
    var ol = el('ol', { id: 'fired-rules' });
    explanation.firedRules.forEach(function (rule) {
      var li = el('li', { 'class': 'fired-rule', 'data-code': rule.code, 'data-effect': rule.effect });
      li.appendChild(el('span', { 'class': 'effect ' + rule.effect.toLowerCase() }, t(rule.effect)));
      li.appendChild(document.createTextNode(': '));
      var name = ruleLink(rule.ruleId);
      name.setAttribute('lang', 'en');
      li.appendChild(name);
      li.appendChild(el('br'));
      li.appendChild(document.createTextNode(t('code') + ': '));
      li.appendChild(el('code', {}, rule.code));
      if (rule.legalBasis.length) {
        li.appendChild(document.createTextNode(' · ' + t('legalBasis') + ': ' + rule.legalBasis.join('; ')));
      }
      if (rule.matched.length) {
        li.appendChild(el('br'));
        li.appendChild(document.createTextNode(t('matched') + ': '));
        li.appendChild(el('span', { 'class': 'matched', lang: 'en' }, rule.matched.join('; ')));
      }
      ol.appendChild(li);
    });
    box.appendChild(ol);
    box.appendChild(el('h4', {}, t('combined')));
    box.appendChild(el('p', { id: 'explanation-combination' }, explanation.combination));
    if (open.length) {
      box.appendChild(el('h4', {}, t('open')));
      var table = el('table', { id: 'open-facts' });
      var head = el('tr');
      [t('fact'), t('decisive'), t('why')].forEach(function (h) { head.appendChild(el('th', { scope: 'col' }, h)); });
      table.appendChild(head);
      open.forEach(function (f) {
        var row = el('tr', { 'data-fact': f.fact, 'data-decisive': String(f.decisive) });
        row.appendChild(el('td', {}, f.fact));
        row.appendChild(el('td', {}, t(f.decisive ? 'yesDecisive' : 'notDecisive')));
        row.appendChild(el('td', {}, f.why));
        table.appendChild(row);
      });
      box.appendChild(table);
    }
  }

  function explain(body) {
    var details = el('details', { id: 'explanation' });
    details.open = explanationOpen;
    details.addEventListener('toggle', function () { explanationOpen = details.open; });
    details.appendChild(el('summary', {}, t('explain')));
    var box = el('div', { id: 'explanation-body' }, t('explaining'));
    details.appendChild(box);
    document.getElementById('verdict').appendChild(details);
    fetch('/v1/explanations?lang=' + lang(), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body })
      .then(function (response) { return response.json().then(function (json) { return [response.status, json]; }); })
      .then(function (r) {
        if (r[0] === 200) { showExplanation(r[1]); return; }
        box.innerHTML = '';
        box.appendChild(el('pre', { role: 'alert' }, t('error') + ' (' + r[0] + ')\n' + JSON.stringify(r[1], null, 2)));
      })
      .catch(function (e) { box.textContent = t('error') + ': ' + e; });
  }

  function decide() {
    var answer = document.getElementById('try-answer');
    answer.textContent = t('deciding');
    var body = JSON.stringify(situation());
    fetch('/v1/decisions?lang=' + lang(), { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: body })
      .then(function (response) { return response.json().then(function (body) { return [response.status, body]; }); })
      .then(function (r) {
        answered = true;
        if (r[0] === 200) { show(r[1]); explain(body); return; }
        answer.innerHTML = '';
        var box = el('div', { 'class': 'verdict error', id: 'verdict-error', role: 'alert' });
        box.appendChild(el('h3', {}, t('error') + ' (' + r[0] + ')'));
        box.appendChild(el('pre', {}, JSON.stringify(r[1], null, 2)));
        answer.appendChild(box);
      })
      .catch(function (e) { answer.textContent = t('error') + ': ' + e; });
  }

  function copy(id) {
    var text = document.getElementById(id).textContent;
    var status = document.getElementById('copy-status');
    var done = function () { status.textContent = t('copied'); };
    var failed = function () {
      document.querySelector('#try details').open = true;
      status.textContent = t('copyFailed');
    };
    if (navigator.clipboard) { navigator.clipboard.writeText(text).then(done, failed); } else { failed(); }
  }

  function fromAddress() {
    var match = /^#try\?situation=(.*)$/.exec(location.hash);
    if (!match) { return false; }
    try { fill(JSON.parse(decodeURIComponent(match[1]))); } catch (e) { return false; }
    refresh();
    decide();
    document.getElementById('try').scrollIntoView();
    return true;
  }

  function relabel() {
    document.querySelectorAll('#try-facts [data-text]').forEach(function (e) {
      var input = e.querySelector('input');
      e.textContent = t(e.dataset.text);
      if (input) { e.prepend(input); e.insertBefore(document.createTextNode(' '), input.nextSibling); }
    });
    describe();
    refresh();
    if (answered) { decide(); }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('try-form');
    if (!form) { return; }
    var json = function (r) { return r.json(); };
    Promise.all([fetch('/v1/schema').then(json), fetch('/v1/schema?lang=nl').then(json)]).then(function (s) {
      schema = s[0];
      descriptions.en = s[0];
      descriptions.nl = s[1].$defs ? s[1] : null; // an older service without Dutch: English stays
      var select = document.getElementById('try-scenario');
      buildForm(select.value);
      select.addEventListener('change', function () { buildForm(select.value); refresh(); });
      form.addEventListener('change', refresh);
      form.addEventListener('input', refresh);
      form.addEventListener('submit', function (e) { e.preventDefault(); decide(); });
      document.getElementById('copy-json').addEventListener('click', function () { copy('try-json'); });
      document.getElementById('copy-curl').addEventListener('click', function () { copy('try-curl'); });
      document.addEventListener('workprivacy:language', relabel);
      window.addEventListener('hashchange', fromAddress);
      // A printed answer carries its explanation, folded or not.
      window.addEventListener('beforeprint', function () {
        var details = document.getElementById('explanation');
        if (details) { details.open = true; }
      });
      if (!fromAddress()) { refresh(); }
      form.dataset.ready = 'true';
    });
  });
}());
