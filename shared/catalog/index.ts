/** The procedure catalogue and holiday schedules as data: schemas, types, validation. */
export { procedureSchema, componentSchema, feeRuleSchema, catalogFileSchema, procedureCaseSchema, channelTimeSchema } from './procedure';
export type { Procedure, ProcedureComponent, FeeRule, CatalogFile, ProcedureCase, ChannelTime } from './procedure';
export { holidayScheduleFileSchema } from './holiday-schedule';
export type { HolidayScheduleFile } from './holiday-schedule';
export { holidayRuleSchema, processingTimeSchema } from './schema-parts';
export { parseCatalog, parseHolidaySchedule, toOfficialSchedule, CatalogValidationError } from './parse';
export { componentFormText, componentNamed, isShownOnly } from './component-form';
export { nationalProcedureSchema, parseNationalProcedure } from './national-procedure';
export type { NationalProcedure } from './national-procedure';
export { procedureFromNational, nationalTime, timeFromText } from './from-national';
export type { MappedProcedure, MappingIssue } from './from-national';
