import type { Route } from '../router';

/** A page of the console. */
export interface View {
  readonly el: HTMLElement;
  /** The route changed within the same view (another tab, another selected state): true when handled without a new view. */
  update?(route: Route): boolean;
  /** The view is left: close its streams. */
  dispose?(): void;
}

/** A section of the console in the navigation bar, shown when the server has its API. */
export interface Section {
  label: string;
  /** The first path segment of its views (`#/activities/...`). */
  segment: string;
  /** The API the section needs (`states`; another AWS API with a view in the console adds its own). */
  service: string;
  create(route: Route): View;
}
