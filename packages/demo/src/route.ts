import { useEffect, useState } from 'react';

/** Where the app is: the start screen, the editor with one saved map open, or the shared maps. */
export type Route = { screen: 'start' } | { screen: 'map'; id: string } | { screen: 'shared' };

/** Reads a route from a location hash such as `#/map/family%3Aleo`. */
export function parseRoute(hash: string): Route {
  if (hash === '#/shared') return { screen: 'shared' };
  const match = /^#\/map\/(.+)$/.exec(hash);
  if (match?.[1]) {
    try {
      return { screen: 'map', id: decodeURIComponent(match[1]) };
    } catch {
      return { screen: 'start' };
    }
  }
  return { screen: 'start' };
}

/** The hash for a route; the hash keeps the route in the address, so a reload reopens the same map. */
export function routeHash(route: Route): string {
  if (route.screen === 'shared') return '#/shared';
  return route.screen === 'map' ? `#/map/${encodeURIComponent(route.id)}` : '#/';
}

export function navigate(route: Route): void {
  location.hash = routeHash(route);
}

/** The current route, following the address bar (back and forward buttons included). */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
