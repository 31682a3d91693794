// Passing a large value to a callee that should be able to let it go before it returns. V8 keeps
// every local of a suspended async function alive until the function ends, used again or not;
// so a caller that holds, say, every article's raw text in a local while it awaits the build
// keeps that text for the whole build. Handed over in a Handoff, the taker holds the only
// reference, and the value goes when the taker is done with it.

export class Handoff<T> {
  #value: T | undefined;
  #taken = false;

  constructor(value: T) {
    this.#value = value;
  }

  /** The value, still the giver's (e.g. to hash it first). Read its parts through this; a local copy would keep it. */
  get value(): T {
    if (this.#taken) throw new Error("the value was handed over already");
    return this.#value as T;
  }

  /** The value, now the taker's alone: this Handoff no longer keeps it. Once only. */
  take(): T {
    const value = this.value;
    this.#taken = true;
    this.#value = undefined;
    return value;
  }
}
