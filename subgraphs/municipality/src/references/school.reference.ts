/** Schools are owned by the schools subgraph; the city only adds staffing fields by id. */
export const resolveSchoolReference = (ref: { id: string }) => ({ id: ref.id });
