import { useEffect, useState } from 'react';

/** Where the app is: the start screen, or the editor with one saved map open. */
export type Route = { screen: 'start' } | { screen: 'map'; id: string };

/** Reads a route from a location hash such as `#/map/family%3Aleo`. */
export function parseRoute(hash: string): Route {
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
