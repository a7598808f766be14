/** Every pseudonym resolves; the city's fields are null or empty for one it has not issued. */
export const resolveYouthReference = (ref: { pseudonym: string }) => ({ pseudonym: ref.pseudonym });
