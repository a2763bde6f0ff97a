// Activities: the list, and one activity.
import { call, callAll } from '../api/client';
import { href, type Route } from '../router';
import { errorBox, facts, link, loading } from '../ui/components';
import { h, replace } from '../ui/dom';
import { dateTime } from '../ui/format';
import type { View } from './view';

export function activitiesView(route: Route): View {
  const body = h('div', null, loading());
  const arn = route.segments[1];
  const load = async () => {
    try {
      if (arn) {
        const activity: any = await call('DescribeActivity', { activityArn: arn });
        replace(body, h('h1', null, activity.name), facts([['ARN', h('code', null, activity.activityArn)], ['Created', dateTime(activity.creationDate)]]),
          h('p', { class: 'summary' }, 'Workers poll it with GetActivityTask; Task states with this ARN as Resource wait for them.'));
        return;
      }

      const activities = await callAll<any>('ListActivities', { maxResults: 1000 }, 'activities');
      replace(body, h('h1', null, 'Activities'), activities.length
        ? h('table', { class: 'grid' }, h('thead', null, h('tr', null, h('th', null, 'Name'), h('th', null, 'ARN'), h('th', null, 'Created'))),
          h('tbody', null, activities.map(a => h('tr', null, h('td', null, link(href('activities', a.activityArn), a.name)), h('td', null, h('code', null, a.activityArn)), h('td', null, dateTime(a.creationDate))))))
        : h('p', { class: 'summary' }, 'No activities.'));
    } catch (e) {
      replace(body, errorBox(e));
    }
  };
  void load();
  return { el: h('div', { class: 'page' }, arn ? h('p', { class: 'crumbs' }, link('#/activities', 'Activities')) : null, body) };
}
