/** A map of maps: a `Map` or a `WeakMap` whose values are maps. */
interface MapOfMaps<K, M> {
  get(key: K): M | undefined;
  set(key: K, value: M): unknown;
}

/**
 * The map kept under `key` in `outer`, made empty the first time: the first level of the memos
 * that hot paths keep per release, per rule list or per fleet (no closure, so nothing is made
 * on a hit).
 */
export function innerMap<K, IK, IV>(outer: MapOfMaps<K, Map<IK, IV>>, key: K): Map<IK, IV> {
  let inner = outer.get(key);
  if (!inner) {
    inner = new Map<IK, IV>();
    outer.set(key, inner);
  }
  return inner;
}
