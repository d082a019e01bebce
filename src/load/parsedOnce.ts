// 同一进程中内容相同的输入只解析一次：批量生成同一份规划的几份报告、实时预览和测试，读到的登记册和年度数据都一样。

/** Freezes plain data (objects and arrays) all the way down; returns it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * `parse` remembering its results by `keyOf` its arguments (the text parsed, the file it came from): an equal input
 * gives the same result again, frozen by `freeze` so that no caller changes what the next one gets. A parse that
 * throws is not kept (the next build reports it again). Bounded: the result used longest ago goes first.
 */
export function parsedOnce<A extends unknown[], T>(parse: (...args: A) => T, keyOf: (...args: A) => string, freeze: (result: T) => T, kept = 32): (...args: A) => T {
  const results = new Map<string, T>();
  return (...args) => {
    const key = keyOf(...args);
    let result = results.get(key);
    if (result === undefined) {
      result = freeze(parse(...args));
    } else {
      results.delete(key); // to the back: the most recently used stays longest
    }
    results.set(key, result);
    if (results.size > kept) results.delete(results.keys().next().value!);
    return result;
  };
}
