// 同一进程中相同的输入只算一次：批量生成同一份规划的几份报告、实时预览和测试，读到的登记册、画的图、切的词大多相同。

/** Freezes plain data (objects and arrays) all the way down; returns it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * `make` remembering its last `kept` results by `keyOf` its arguments: an equal input gives the same result again.
 * `keep` prepares a result for sharing (freezes it, so that no caller changes what the next one gets) and may
 * `forget` it later (a drawing that fails after it was handed out). A call that throws is not kept: the next build
 * reports it again. The result used longest ago goes first.
 */
export function remembered<A extends unknown[], T>(
  make: (...args: A) => T,
  keyOf: (...args: A) => string,
  kept: number,
  keep: (result: T, forget: () => void) => T = (result) => result,
): (...args: A) => T {
  const results = new Map<string, T>();
  return (...args) => {
    const key = keyOf(...args);
    let result = results.get(key);
    if (result === undefined) {
      const made: T = keep(make(...args), () => {
        if (results.get(key) === made) results.delete(key);
      });
      result = made;
    } else {
      results.delete(key); // to the back: the most recently used stays longest
    }
    results.set(key, result);
    if (results.size > kept) results.delete(results.keys().next().value!);
    return result;
  };
}
