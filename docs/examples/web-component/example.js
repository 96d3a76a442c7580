// The page's own script: no framework, only the elements' properties, attributes and events.
// A separate file (not an inline <script>) so the page works under `script-src 'self'`.
/* global document -- a page script, run in the browser */
const chart = document.getElementById('chart');
const editor = document.getElementById('editor');
const events = document.getElementById('events');

/** Adds a line to the list of events, as text (names are data, never HTML). */
function note(text) {
  const item = document.createElement('li');
  item.textContent = text;
  events.append(item);
}

// Events bubble and are composed, so one listener on the document hears both elements.
document.addEventListener('kinmap-select', (event) => {
  note(`${event.target.id}: selected ${event.detail.selection.join(', ') || 'nobody'}`);
});
document.addEventListener('kinmap-change', (event) => {
  note(`${event.target.id}: ${event.detail.action}, ${event.detail.family.people.length} people now`);
  // event.detail.json is the new family as Kinmap JSON text, ready to save.
});
document.addEventListener('kinmap-error', (event) => {
  note(`${event.target.id}: ${event.detail.message}`);
});

// The family as an object (property) for one element and as JSON text (attribute) for the other.
const response = await fetch(new URL('./family.json', import.meta.url));
const text = await response.text();
chart.family = JSON.parse(text);
editor.setAttribute('family', text);
