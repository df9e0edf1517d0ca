// The shared directory: delegation members, counterpart organisations and their contacts.
import { z } from 'zod';
import { Briefing, Id, Names, RecordMeta, emptyBriefing } from './common';

export const OrganisationKind = z.enum(['company', 'government', 'university', 'association', 'other']);
export type OrganisationKind = z.infer<typeof OrganisationKind>;

/** Where a counterpart stands on the way to setting up in Hong Kong. */
export const PipelineStage = z.enum(['prospect', 'engaged', 'negotiating', 'committed', 'landed']);
export type PipelineStage = z.infer<typeof PipelineStage>;

const memberFields = {
  name: Names,
  title: z.string().max(300).default(''),
  /** Order of precedence: 1 leads the delegation. */
  rank: z.number().int().min(1).max(10_000).default(100),
  organisation: z.string().max(300).default(''),
};
export const MemberInput = z.object(memberFields);
export const Member = RecordMeta.extend(memberFields);
export type Member = z.infer<typeof Member>;

const organisationFields = {
  name: Names,
  kind: OrganisationKind.default('company'),
  sector: z.string().max(200).default(''),
  city: z.string().max(200).default(''),
  website: z.string().max(500).default(''),
  stage: PipelineStage.default('prospect'),
  briefing: Briefing.default(emptyBriefing),
};
export const OrganisationInput = z.object(organisationFields);
export const Organisation = RecordMeta.extend(organisationFields);
export type Organisation = z.infer<typeof Organisation>;

const contactFields = {
  name: Names,
  title: z.string().max(300).default(''),
  organisationId: Id.optional(),
  email: z.string().max(300).default(''),
  phone: z.string().max(100).default(''),
};
export const ContactInput = z.object(contactFields);
export const Contact = RecordMeta.extend(contactFields);
export type Contact = z.infer<typeof Contact>;
