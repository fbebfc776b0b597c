/** The official templates these forms follow (Thông tư 03/2025/TT-VPCP, Phụ lục I); printed small in each footer. */
export const TEMPLATE_VERSION = 'TT03-2025';
