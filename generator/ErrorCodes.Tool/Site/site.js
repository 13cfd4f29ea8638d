// errorcodes site: the language switch on every page, and search on the index. No request leaves the site's
// folder, and a document's text reaches the page only as text (textContent), never as markup.
(function () {
  'use strict';

  var KEY = 'errorcodes.language';
  var root = document.documentElement;
  var languages = (root.getAttribute('data-languages') || '').split(' ').filter(Boolean);

  function stored() {
    try { return window.localStorage.getItem(KEY); } catch (e) { return null; }
  }

  function store(language) {
    try { window.localStorage.setItem(KEY, language); } catch (e) { /* a private window keeps no choice */ }
  }

  // The reader's choice, else the first of the browser's languages the site has, else the site's first.
  function preferred() {
    var choice = stored();
    if (languages.indexOf(choice) >= 0) return choice;
    var wanted = navigator.languages || [navigator.language || ''];
    for (var i = 0; i < wanted.length; i++) {
      var primary = String(wanted[i]).toLowerCase().split('-')[0];
      for (var j = 0; j < languages.length; j++) {
        if (languages[j].toLowerCase().split('-')[0] === primary) return languages[j];
      }
    }
    return root.getAttribute('data-show');
  }

  var listeners = [];

  function show(language) {
    if (languages.indexOf(language) < 0) return;
    root.setAttribute('data-show', language);
    root.lang = language;
    var title = root.getAttribute('data-title-' + language.toLowerCase());
    if (title) document.title = title;
    var buttons = document.querySelectorAll('[data-lang-button]');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute('aria-pressed', String(buttons[i].getAttribute('data-lang-button') === language));
    }
    for (var k = 0; k < listeners.length; k++) listeners[k](language);
  }

  // Before the body is drawn, so that the other language never flashes.
  show(preferred());

  document.addEventListener('DOMContentLoaded', function () {
    show(root.getAttribute('data-show'));
    document.addEventListener('click', function (event) {
      var button = event.target.closest && event.target.closest('[data-lang-button]');
      if (!button) return;
      var language = button.getAttribute('data-lang-button');
      store(language);
      show(language);
    });

    var input = document.getElementById('q');
    document.addEventListener('keydown', function (event) {
      var typing = /^(INPUT|TEXTAREA|SELECT)$/.test((document.activeElement || {}).tagName || '');
      if (event.key === '/' && !typing && input) {
        event.preventDefault();
        input.focus();
      }
    });

    if (window.ERRORCODES_INDEX && document.getElementById('results')) {
      search(input, window.ERRORCODES_INDEX);
    }
  });

  // Search as the reader types, over the prebuilt index: a number (decimal, 0x hex, or in pasted text) finds its
  // code, and digits alone the codes they begin; words find the codes whose title, message or description hold
  // every word, in any language of the site.
  function search(input, index) {
    var results = document.getElementById('results');
    var status = document.getElementById('status');
    var codes = index.codes;
    var modules = index.modules;
    var texts = [];
    for (var i = 0; i < codes.length; i++) {
      texts.push([all(codes[i][2]), all(codes[i][3]), all(codes[i][4])]);
    }

    function all(value) {
      if (value === null || value === undefined) return '';
      return (typeof value === 'string' ? value : value.filter(Boolean).join('\n')).toLowerCase();
    }

    function pick(value, language) {
      if (value === null || value === undefined || typeof value === 'string') return value || '';
      var at = index.languages.indexOf(language);
      return value[at] || value.filter(Boolean)[0] || '';
    }

    function numbers(query) {
      var found = [];
      var pattern = /0x[0-9a-f]+|-?\d+/gi;
      var match;
      while ((match = pattern.exec(query)) !== null) {
        var text = match[0];
        var value = /^0x/i.test(text) ? parseInt(text.slice(2), 16) : parseInt(text, 10);
        if (isFinite(value)) found.push({ text: text, value: value });
      }
      return found;
    }

    function find(query) {
      var found = [];
      var seen = {};
      function add(i, score) {
        if (seen[i] === undefined) {
          seen[i] = found.length;
          found.push({ i: i, score: score });
        } else if (found[seen[i]].score < score) {
          found[seen[i]].score = score;
        }
      }

      var asked = numbers(query);
      var onlyNumber = /^\s*(0x[0-9a-f]+|-?\d+)\s*$/i.test(query);
      var digits = /^\s*\d+\s*$/.test(query) ? query.trim() : null;
      for (var i = 0; i < codes.length; i++) {
        for (var n = 0; n < asked.length; n++) {
          if (codes[i][0] === asked[n].value || (asked[n].value < 0 && codes[i][0] === -asked[n].value)) add(i, 1000);
        }
        if (digits && String(codes[i][0]).indexOf(digits) === 0) add(i, 500 - String(codes[i][0]).length);
      }

      if (!onlyNumber) {
        var words = query.toLowerCase().split(/\s+/).filter(function (word) {
          return word.length > 0 && !/^(0x[0-9a-f]+|-?\d+)$/.test(word);
        });
        if (words.length > 0 && !(asked.length > 0 && found.length > 0)) {
          for (var j = 0; j < codes.length; j++) {
            var score = 0;
            for (var w = 0; w < words.length; w++) {
              var word = words[w];
              var points = texts[j][0].indexOf(word) >= 0 ? 30 : texts[j][1].indexOf(word) >= 0 ? 20 : texts[j][2].indexOf(word) >= 0 ? 10 : 0;
              if (points === 0) { score = 0; break; }
              score += points;
            }
            if (score > 0) add(j, score);
          }
        }
      }

      found.sort(function (a, b) { return b.score - a.score || codes[a.i][0] - codes[b.i][0] || codes[a.i][1] - codes[b.i][1]; });
      return found;
    }

    var shown = 50;

    function render() {
      var language = root.getAttribute('data-show');
      var query = input.value;
      while (results.firstChild) results.removeChild(results.firstChild);
      if (!query.trim()) {
        status.textContent = '';
        return;
      }

      var found = find(query);
      var chinese = language.toLowerCase().indexOf('zh') === 0;
      status.textContent = found.length === 0
        ? (chinese ? '没有匹配的错误码。' : 'No code matches.')
        : chinese
          ? '找到 ' + found.length + ' 个' + (found.length > shown ? '，显示前 ' + shown + ' 个' : '') + '。'
          : found.length + (found.length === 1 ? ' code' : ' codes') + (found.length > shown ? ', the first ' + shown + ' shown' : '') + '.';
      for (var r = 0; r < found.length && r < shown; r++) {
        var entry = codes[found[r].i];
        var module = modules[entry[1]];
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = encodeURIComponent(module[0]) + '/' + entry[0] + '.html';
        var number = document.createElement('span');
        number.className = 'num';
        number.textContent = String(entry[0]);
        var title = document.createElement('span');
        title.className = 'title';
        title.textContent = pick(entry[2], language);
        var where = document.createElement('span');
        where.className = 'where';
        // The document's name too: two modules may share a title (an ArkTS and a Cangjie one, say).
        where.textContent = pick(module[1], language) + (module[2] ? ' · ' + module[2] : '') + (module[3] ? ' · ' + module[3] : '') + ' · ' + module[0];
        var said = document.createElement('span');
        said.className = 'said';
        said.textContent = pick(entry[3], language);
        link.appendChild(number);
        link.appendChild(title);
        // The marks of the index: 1 deprecated, 2 in a <!--Del--> region (system APIs only).
        var marks = [[1, chinese ? '已废弃' : 'Deprecated', 'deprecated'], [2, chinese ? '仅系统接口' : 'System API only', 'del']];
        for (var m = 0; m < marks.length; m++) {
          if (entry[5] & marks[m][0]) {
            var mark = document.createElement('span');
            mark.className = 'mark ' + marks[m][2];
            mark.textContent = marks[m][1];
            link.appendChild(document.createTextNode(' '));
            link.appendChild(mark);
          }
        }
        link.appendChild(where);
        link.appendChild(said);
        item.appendChild(link);
        results.appendChild(item);
      }
    }

    input.addEventListener('input', render);
    input.form.addEventListener('submit', function (event) {
      // Enter opens the first result; the form needs no round trip on the index.
      event.preventDefault();
      var first = results.querySelector('a');
      if (first) window.location.href = first.href;
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') {
        var first = results.querySelector('a');
        if (first) { event.preventDefault(); first.focus(); }
      }
    });
    results.addEventListener('keydown', function (event) {
      var current = document.activeElement && document.activeElement.closest('li');
      if (!current) return;
      var next = event.key === 'ArrowDown' ? current.nextElementSibling : event.key === 'ArrowUp' ? current.previousElementSibling : null;
      if (event.key === 'ArrowUp' && !next) { event.preventDefault(); input.focus(); return; }
      if (next) { event.preventDefault(); next.querySelector('a').focus(); }
    });
    listeners.push(render);

    var asked = new URLSearchParams(window.location.search).get('q');
    if (asked) input.value = asked;
    render();
    input.focus();
  }
})();
