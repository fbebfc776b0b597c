/** The procedure catalogue and holiday schedules as data: schemas, types, validation. */
export { procedureSchema, componentSchema, feeRuleSchema, catalogFileSchema } from './procedure';
export type { Procedure, ProcedureComponent, FeeRule, CatalogFile } from './procedure';
export { holidayScheduleFileSchema } from './holiday-schedule';
export type { HolidayScheduleFile } from './holiday-schedule';
export { holidayRuleSchema, processingTimeSchema } from './schema-parts';
export { parseCatalog, parseHolidaySchedule, toOfficialSchedule, CatalogValidationError } from './parse';
export { componentFormText, componentNamed, isShownOnly } from './component-form';
