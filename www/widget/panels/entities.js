// Entities panel (placeholder list; replaced by the full table).
import { h } from '../dom.js';

export function renderEntities(root, report) {
  root.append(h('ul', {}, report.entities.map((e) => h('li', {}, e.name, ` (${e.type})`))));
}
