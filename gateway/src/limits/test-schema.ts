import { buildSchema, parse, validate, type ValidationRule } from 'graphql';

/** A small schema for the rule tests: lists with and without `first`, nesting, an interface. */
export const testSchema = buildSchema(`
  interface Named { name: String! }
  type School implements Named { name: String! pupils(first: Int = 50): [Pupil!]! }
  type Pupil implements Named { name: String! school: School! grades: [[Int!]!]! }
  type Query {
    school(id: ID!): School
    allSchools(first: Int): [School!]!
    districts: [String!]!
    named: [Named!]!
  }
`);

/** The errors `rules` (and only they) report for `query`. */
export const check = (query: string, rules: ValidationRule[]) => validate(testSchema, parse(query), rules);
