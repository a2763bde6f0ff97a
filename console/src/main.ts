import './styles.css';
import { loadConfig, onLoginRequired, serverConfig } from './api/session';
import { currentRoute } from './router';
import { errorBox } from './ui/components';
import { h, replace } from './ui/dom';
import { showLogin } from './views/login';
import { linkedViews, sections } from './views/sections';
import type { View } from './views/view';

const app = document.getElementById('app')!;
const main = h('main', { id: 'main' });
const nav = h('nav', { class: 'top-nav', 'aria-label': 'Console' });
let current: { key: string; view: View } | null = null;

function shell(): void {
  const available = sections.filter(section => serverConfig().services.includes(section.service));
  replace(nav, available.map(section => h('a', { href: `#/${section.segment}`, 'data-segment': section.segment }, section.label)));
  replace(app, h('header', { class: 'top' }, h('a', { href: '#/state-machines', class: 'brand' }, 'Cairn'), nav), main);
}

function render(): void {
  const route = currentRoute();
  if (route.segments.length === 0) {
    location.replace('#/state-machines');
    return;
  }

  const segment = route.segments[0];
  for (const a of nav.querySelectorAll('a')) a.classList.toggle('active', a.dataset.segment === segment);
  const key = route.segments.join('/');
  if (current && current.key === key && current.view.update?.(route)) return;
  current?.view.dispose?.();
  current = null;
  const section = [...sections, ...linkedViews].find(s => s.segment === segment && serverConfig().services.includes(s.service));
  if (!section) {
    replace(main, h('div', { class: 'page' }, h('h1', null, 'Not found'), h('p', null, 'There is no such page in the console. '), h('a', { href: '#/state-machines' }, 'State machines')));
    return;
  }

  const view = section.create(route);
  current = { key, view };
  replace(main, view.el);
  window.scrollTo(0, 0);
}

async function start(): Promise<void> {
  try {
    await loadConfig();
  } catch (e) {
    replace(app, errorBox(e));
    return;
  }

  shell();
  onLoginRequired(reason => showLogin(reason, () => {
    current?.view.dispose?.();
    current = null;
    render();
  }));
  window.addEventListener('hashchange', render);
  render();
}

void start();
