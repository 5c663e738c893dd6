/*
 * Generated from the pack's types (dictionary/pack/types/*.json) by dictionary/scripts/generate-pack-types.ts.
 * Do not edit: change a type and run `npx tsx dictionary/scripts/generate-pack-types.ts`.
 */

/**
 * Customer: Consignees of shipments, with the shelf life a lot must still have when it ships to them.
 */
export interface Customer {
  /**
   * Customer code
   */
  code: string;
  /**
   * Name
   */
  name: string;
  /**
   * Name (Chinese)
   */
  nameZh?: string;
  /**
   * Channel
   */
  channel: 'hospital-distributor' | 'distributor' | 'hospital';
  /**
   * Country
   */
  country: string;
  /**
   * Minimum remaining shelf life (d): A lot with fewer days to expiry on the shipping date is not allocated, unless overridden with a reason and an electronic signature.
   */
  minimumRemainingShelfLifeDays: number;
  /**
   * Shipping address
   */
  shippingAddress?: string;
  /**
   * Status
   */
  status: 'active' | 'on-hold';
  /**
   * Notes
   */
  notes?: string;
}

/**
 * Equipment: Gauges, test and production equipment. A measurement taken with a gauge past its calibration due date is not accepted (21 CFR 820.72).
 */
export interface Equipment {
  /**
   * Equipment number
   */
  code: string;
  /**
   * Name
   */
  name: string;
  /**
   * Type
   */
  equipmentType: 'gauge' | 'test-equipment' | 'production-equipment';
  /**
   * Location
   */
  location?: string;
  /**
   * Serial number
   */
  serialNumber?: string;
  /**
   * Calibration required
   */
  calibrationRequired: boolean;
  /**
   * Calibration interval (d)
   */
  calibrationIntervalDays?: number;
  /**
   * Last calibrated on
   */
  lastCalibratedOn?: string;
  /**
   * Calibration due on
   */
  calibrationDueOn?: string;
  /**
   * Status
   */
  status: 'in-service' | 'out-of-service' | 'retired';
}

/**
 * In-process inspection result: What the tester measured on samples of a lot at one operation of its work order (ISO 8536-4 style checks: leakage, tensile strength of the joints, volume of 20 drops, flow, reseal, label). A rule table judges the readings; the result is part of the lot's device history record.
 */
export interface InProcessInspectionResult {
  /**
   * Result number
   */
  number: string;
  /**
   * Lot
   */
  lot: string;
  /**
   * Work order
   */
  workOrder?: string;
  /**
   * Operation number
   */
  operation?: number;
  /**
   * Inspection plan
   */
  inspectionPlan?: string;
  /**
   * Samples tested
   */
  samplesTested: number;
  /**
   * Sets leaking
   */
  leakFailures?: number;
  /**
   * Tensile strength, weakest joint (15 s) (N)
   */
  tensileMinN?: number;
  /**
   * Volume of 20 drops, smallest (mL)
   */
  dropVolumeMinMl?: number;
  /**
   * Volume of 20 drops, largest (mL)
   */
  dropVolumeMaxMl?: number;
  /**
   * Flow of 0.9 % NaCl in 10 min, smallest (mL)
   */
  flowMlIn10Min?: number;
  /**
   * Injection sites not resealing
   */
  resealFailures?: number;
  /**
   * Label or UDI defects
   */
  labelDefects?: number;
  /**
   * Tester or gauge
   */
  equipment?: string;
  /**
   * Result: Set by the rule table, not by the tester.
   */
  result?: 'pass' | 'fail';
  /**
   * Failed characteristic
   */
  failedCharacteristic?: string;
  /**
   * Notes
   */
  notes?: string;
}

/**
 * Incoming inspection results: What the inspector measured on the samples of a received lot: the smallest and largest reading of each characteristic and the defects found. The rule table 'incoming-inspection-results' judges them against the plan's limits; completing the step signs this record.
 */
export interface IncomingInspectionResult {
  /**
   * Result number
   */
  number: string;
  /**
   * Lot
   */
  lot: string;
  /**
   * Inspection lot
   */
  inspectionLot?: string;
  /**
   * Samples inspected: At least the sample size the sampling table asked for.
   */
  samplesInspected: number;
  /**
   * Outer diameter, smallest reading (in)
   */
  outerDiameterMinIn?: number;
  /**
   * Outer diameter, largest reading (in)
   */
  outerDiameterMaxIn?: number;
  /**
   * Inner diameter, smallest reading (in)
   */
  innerDiameterMinIn?: number;
  /**
   * Inner diameter, largest reading (in)
   */
  innerDiameterMaxIn?: number;
  /**
   * Hardness, smallest reading (Shore A)
   */
  hardnessMinShoreA?: number;
  /**
   * Hardness, largest reading (Shore A)
   */
  hardnessMaxShoreA?: number;
  /**
   * Appearance defects found
   */
  visualDefects?: number;
  /**
   * Notes
   */
  notes?: string;
}

/**
 * Inspection decision: QA's decision on a lot the rule table held or could not judge: accept or reject, with the justification. Completing the review signs this record.
 */
export interface InspectionDecision {
  /**
   * Decision number
   */
  number: string;
  /**
   * Lot
   */
  lot: string;
  /**
   * Disposition
   */
  disposition: 'accept' | 'reject';
  /**
   * Justification: Why this disposition: the results reviewed and the reason (at least 10 characters).
   */
  justification: string;
  /**
   * Outer diameter reviewed (in)
   */
  outerDiameter?: number;
}

/**
 * Material shortage: What the planner did about a component a work order could not reserve (no released, unexpired lot with enough free stock). Completing it tries the reservation again.
 */
export interface MaterialShortage {
  /**
   * Shortage number
   */
  number: string;
  /**
   * Work order
   */
  workOrder: string;
  /**
   * Material
   */
  material: string;
  /**
   * Action taken
   */
  action: 'stock-received' | 'stock-transferred' | 'reservation-freed';
  /**
   * Notes
   */
  notes?: string;
}

/**
 * Material: Finished goods, components, raw materials and packaging, with their specification and GTINs.
 */
export interface Material {
  /**
   * Material code: Capital letters, digits and hyphens, e.g. RM-TUBE-PVC-106.
   */
  code: string;
  /**
   * Name (English)
   */
  name: string;
  /**
   * Name (Chinese)
   */
  nameZh?: string;
  /**
   * Category
   */
  category: 'finished-good' | 'component' | 'raw-material' | 'packaging' | 'printed-matter';
  /**
   * Unit of measure
   */
  unitOfMeasure: 'ea' | 'm' | 'kg' | 'roll' | 'box' | 'case';
  /**
   * Revision: Revision of the specification; work orders pin the revision they used.
   */
  revision: string;
  /**
   * Lot tracked
   */
  lotTracked: boolean;
  /**
   * Inspection before use: Received lots stay in quarantine until their inspection passes.
   */
  inspectionRequired: boolean;
  /**
   * Sterile
   */
  sterile?: boolean;
  /**
   * Standard cost per unit (CNY): In CNY per unit of measure, excluding VAT. Values the ledger for inventory turnover (cost of goods sold divided by average inventory value). The demo pack's costs are assumptions: a component's is its purchase price, the finished good's its BOM at those prices plus 2.00 CNY of conversion.
   */
  standardCost?: number;
  /**
   * Shelf life (d): Days from the production date to the expiry date. The 3 years (1095 days) of FG-IVS-20D in the demo pack is an assumption, not a validated figure: replace it with the result of your stability study.
   */
  shelfLifeDays?: number;
  /**
   * Specifications
   */
  specifications?: {
    /**
     * Characteristic
     */
    characteristic: string;
    /**
     * Nominal
     */
    nominal?: number;
    /**
     * Lower limit
     */
    lowerLimit?: number;
    /**
     * Upper limit
     */
    upperLimit?: number;
    /**
     * Unit
     */
    unit?: string;
    /**
     * Standard
     */
    standard?: string;
  }[];
  /**
   * GTINs per packaging level: The UDI device identifier of each packaging level.
   */
  gtins?: {
    /**
     * Packaging level
     */
    packagingLevel: 'each' | 'box' | 'case';
    /**
     * GTIN-14: 14 digits, the last one a GS1 check digit.
     */
    gtin: string;
    /**
     * Units per package
     */
    quantity: number;
  }[];
  /**
   * Status
   */
  status: 'active' | 'obsolete';
  /**
   * Notes
   */
  notes?: string;
}

/**
 * Bill of materials: The components and quantities per unit of a finished good, one record per revision. A work order pins the revision it consumes by; its material requirements are the quantities per unit times the planned quantity.
 */
export interface BillOfMaterials {
  /**
   * BOM code: Ends with the revision: BOM-IVS-20D-A.
   */
  code: string;
  /**
   * Finished good
   */
  material: string;
  /**
   * Revision
   */
  revision: string;
  /**
   * Status
   */
  status: 'draft' | 'approved' | 'obsolete';
  /**
   * Approved on
   */
  approvedOn?: string;
  /**
   * Components
   *
   * @minItems 1
   */
  components: {
    /**
     * Component
     */
    material: string;
    /**
     * Quantity per unit: In the component's unit of measure, per finished unit.
     */
    quantityPer: number;
    /**
     * Note
     */
    note?: string;
  }[];
}

/**
 * Delivery order: Starts shipping: what to ship to which customer and when. Stock is reserved first-expired, first-out over released lots with the customer's minimum remaining shelf life.
 */
export interface DeliveryOrder {
  /**
   * Delivery order number
   */
  number: string;
  /**
   * Customer
   */
  customer: string;
  /**
   * Material
   */
  material: string;
  /**
   * Quantity
   */
  quantity: number;
  /**
   * Planned shipping date
   */
  plannedOn: string;
  /**
   * GTIN: The GTIN-14 of the packaging level shipped (each, box or case): 14 digits, printed as (01) in each line's UDI.
   */
  gtin: string;
  /**
   * Ship from: Optional: the only location stock is taken from. Empty: any location.
   */
  shipFrom?: string;
}

/**
 * Production report: An operator's confirmation that an operation of a work order is done, with the good and scrapped units at that operation (what a MES would report). The last operation's good quantity is the lot's output.
 */
export interface ProductionReport {
  /**
   * Report number
   */
  number: string;
  /**
   * Work order
   */
  workOrder: string;
  /**
   * Lot
   */
  lot?: string;
  /**
   * Operation number
   */
  operation?: number;
  /**
   * Good units
   */
  quantityGood: number;
  /**
   * Scrapped units
   */
  quantityScrapped?: number;
  /**
   * Equipment
   */
  equipment?: string;
  /**
   * Notes
   */
  notes?: string;
}

/**
 * Release decision: The designated QA approver's decision on the lots of a sterilization load whose checks all passed: release or hold, with the justification. Completing the step signs it with the meaning 'approved for release'.
 */
export interface ReleaseDecision {
  /**
   * Decision number
   */
  number: string;
  /**
   * Sterilization load
   */
  sterilizationLoad: string;
  /**
   * Decision
   */
  releaseDecision: 'release' | 'hold';
  /**
   * Justification: The records reviewed: cycle report, biological indicator, EO residual, batch records (at least 10 characters).
   */
  justification: string;
}

/**
 * Rework report: What production did to the units of a lot under an MRB rework disposition; the lot is inspected again afterwards (21 CFR 820.90(b)(2)). Part of the lot's device history record.
 */
export interface ReworkReport {
  /**
   * Rework number
   */
  number: string;
  /**
   * Lot
   */
  lot: string;
  /**
   * Work order
   */
  workOrder?: string;
  /**
   * Nonconformance report
   */
  nonconformanceReport?: string;
  /**
   * Units reworked
   */
  quantityReworked: number;
  /**
   * Units scrapped in rework
   */
  quantityScrapped?: number;
  /**
   * What was done
   */
  description: string;
}

/**
 * Shelf-life override: Whether stock below the customer's minimum remaining shelf life may ship to them, and why (e.g. the customer accepted it in writing). Signed as a disposition decision; never allows expired or unreleased lots.
 */
export interface ShelfLifeOverride {
  /**
   * Override number
   */
  number: string;
  /**
   * Customer
   */
  customer: string;
  /**
   * Material
   */
  material: string;
  /**
   * Decision
   */
  shelfLifeDecision: 'ship-short-dated' | 'do-not-ship';
  /**
   * Reason: Why, e.g. the customer's written acceptance and its reference (at least 10 characters).
   */
  overrideReason: string;
}

/**
 * Sterilization load results: The contractor's cycle report and the biological indicator read-out for one load, entered and signed as reviewed by QA. The release checks judge the load from it.
 */
export interface SterilizationResult {
  /**
   * Result number
   */
  number: string;
  /**
   * Sterilization load
   */
  sterilizationLoad: string;
  /**
   * Exposure temperature (°C)
   */
  exposureTemperature: number;
  /**
   * Relative humidity (%)
   */
  relativeHumidity: number;
  /**
   * Exposure time (h)
   */
  exposureTime: number;
  /**
   * EO residual, first 24 h (mg/device): ISO 10993-7 limit for the infusion set: at most 4 mg per device.
   */
  eoResidual: number;
  /**
   * Biological indicator result
   */
  biologicalIndicatorResult: 'pass' | 'fail';
  /**
   * Biological indicator lot
   */
  biologicalIndicatorLot?: string;
  /**
   * Notes
   */
  notes?: string;
}

/**
 * Supplier: Approved-supplier list (21 CFR 820.50, ISO 13485 7.4): quality certificates with expiry, and approval per material. A purchase order to a supplier that is not approved for the material, or whose certificate has expired, is blocked.
 */
export interface Supplier {
  /**
   * Supplier code
   */
  code: string;
  /**
   * Name
   */
  name: string;
  /**
   * Name (Chinese)
   */
  nameZh?: string;
  /**
   * Country: ISO 3166 two-letter code: CN, DE.
   */
  country: string;
  /**
   * Address
   */
  address?: string;
  /**
   * Quality contact e-mail
   */
  contactEmail?: string;
  /**
   * Certificates
   *
   * @minItems 1
   */
  certificates: {
    /**
     * Certificate number
     */
    number: string;
    /**
     * Standard
     */
    standard: 'iso-13485' | 'iso-11135' | 'iso-11137' | 'iso-9001';
    /**
     * Certification body
     */
    issuer?: string;
    /**
     * Issued on
     */
    issuedOn?: string;
    /**
     * Expires on
     */
    expiresOn: string;
  }[];
  /**
   * Approval per material: Which materials may be bought from this supplier, and on what terms.
   */
  materialApprovals?: {
    /**
     * Material
     */
    material: string;
    /**
     * Approval status
     */
    status: 'approved' | 'conditional' | 'blocked' | 'expired';
    /**
     * Approved on
     */
    approvedOn?: string;
    /**
     * Condition or reason
     */
    condition?: string;
  }[];
  /**
   * Status
   */
  status: 'active' | 'suspended' | 'disqualified';
  /**
   * Notes
   */
  notes?: string;
}

/**
 * Inspection plan: Acceptance activities (21 CFR 820.80) for a material at one stage: incoming, in-process or final. Its points say what is checked, how and against which limits.
 */
export interface InspectionPlan {
  /**
   * Plan code
   */
  code: string;
  /**
   * Name
   */
  name: string;
  /**
   * Stage
   */
  stage: 'incoming' | 'in-process' | 'final';
  /**
   * Material
   */
  material: string;
  /**
   * Supplier: Only for lots from this supplier; empty for every supplier.
   */
  supplier?: string;
  /**
   * Revision
   */
  revision: number;
  /**
   * Status
   */
  status: 'draft' | 'approved' | 'obsolete';
  /**
   * Approved on
   */
  approvedOn?: string;
}

/**
 * Inspection point: One characteristic of an inspection plan: measured against lower and upper limits in a unit, or judged pass or fail.
 */
export interface InspectionPoint {
  /**
   * Point code
   */
  code: string;
  /**
   * Inspection plan
   */
  inspectionPlan: string;
  /**
   * Sequence
   */
  sequence: number;
  /**
   * Characteristic
   */
  characteristic: string;
  /**
   * Method
   */
  method: string;
  /**
   * Standard
   */
  standard?: string;
  /**
   * Result type
   */
  measureType: 'measure' | 'pass-fail';
  /**
   * Nominal
   */
  nominal?: number;
  /**
   * Lower limit
   */
  lowerLimit?: number;
  /**
   * Upper limit
   */
  upperLimit?: number;
  /**
   * Unit
   */
  unit?: string;
  /**
   * Test conditions: What the limit holds under: hold time, medium, temperature.
   */
  testConditions?: string;
  /**
   * Sampling
   */
  sampling: 'every-unit' | 'fixed-sample' | 'per-load';
  /**
   * Sample size
   */
  sampleSize?: number;
  /**
   * Allowed defects: Acceptance number (Ac): the lot is rejected at one more.
   */
  allowedDefects?: number;
  /**
   * Defect class
   */
  defectClass: 'critical' | 'major' | 'minor';
  /**
   * Gauge or test equipment
   */
  equipment?: string;
}

/**
 * Purchase order: An order to a supplier. Each line's material must be approved for that supplier with an unexpired certificate (21 CFR 820.50).
 */
export interface PurchaseOrder {
  /**
   * PO number
   */
  number: string;
  /**
   * Supplier
   */
  supplier: string;
  /**
   * Ordered on
   */
  orderedOn: string;
  /**
   * Currency
   */
  currency: 'cny' | 'eur' | 'usd';
  /**
   * Status
   */
  status: 'draft' | 'approved' | 'sent' | 'partially-received' | 'received' | 'closed' | 'cancelled';
  /**
   * Lines
   *
   * @minItems 1
   */
  lines: {
    /**
     * Line
     */
    line: number;
    /**
     * Material
     */
    material: string;
    /**
     * Quantity
     */
    quantity: number;
    /**
     * Unit price
     */
    unitPrice?: number;
    /**
     * Committed delivery date: Receipts on or before this date count as on time.
     */
    committedOn: string;
  }[];
  /**
   * Notes
   */
  notes?: string;
}

/**
 * Purchase approval: Purchasing's decision on a purchase order the rule table 'purchase-order-approval' sends for approval (a large amount, a conditionally approved supplier). Completing the step signs it with the meaning 'approved for release'.
 */
export interface PurchaseApproval {
  /**
   * Approval number
   */
  number: string;
  /**
   * Purchase order
   */
  purchaseOrder: string;
  /**
   * Decision
   */
  decision: 'approve' | 'reject';
  /**
   * Reason: Why the order may or may not go out (at least 10 characters).
   */
  comment: string;
}

/**
 * Receipt: Goods received against a purchase order. Each line becomes a lot in quarantine until incoming inspection decides.
 */
export interface Receipt {
  /**
   * Receipt number
   */
  number: string;
  /**
   * Purchase order
   */
  purchaseOrder: string;
  /**
   * Supplier
   */
  supplier: string;
  /**
   * Received at
   */
  receivedAt: string;
  /**
   * Received by
   */
  receivedBy?: string;
  /**
   * Delivery note
   */
  deliveryNote?: string;
  /**
   * Status
   */
  status: 'received' | 'inspecting' | 'accepted' | 'rejected';
  /**
   * Lines
   *
   * @minItems 1
   */
  lines: {
    /**
     * PO line
     */
    purchaseOrderLine: number;
    /**
     * Material
     */
    material: string;
    /**
     * Quantity
     */
    quantity: number;
    /**
     * Supplier lot
     */
    supplierLot: string;
    /**
     * Certificate of conformity received
     */
    certificateOfConformity: boolean;
  }[];
}

/**
 * Routing: The operations that make a finished good, in order. Each version is a record of its own; a work order pins the version it was made by (device master record).
 */
export interface Routing {
  /**
   * Routing code: Ends with the version: RT-IVS-20D-V1.
   */
  code: string;
  /**
   * Finished good
   */
  material: string;
  /**
   * Version
   */
  version: number;
  /**
   * Status
   */
  status: 'draft' | 'approved' | 'obsolete';
  /**
   * Effective from
   */
  effectiveFrom?: string;
  /**
   * Operations
   *
   * @minItems 1
   */
  operations: {
    /**
     * Operation number
     */
    sequence: number;
    /**
     * Operation
     */
    name: string;
    /**
     * Work centre
     */
    workCentre:
      | 'incoming-inspection'
      | 'cutting'
      | 'cleanroom'
      | 'test'
      | 'packaging'
      | 'labelling'
      | 'sterilization-contractor'
      | 'quality-assurance'
      | 'warehouse';
    /**
     * Inspection plan
     */
    inspectionPlan?: string;
    /**
     * Equipment
     */
    equipment?: string;
    /**
     * Subcontracted
     */
    subcontracted?: boolean;
    /**
     * Instructions
     */
    instructions?: string;
  }[];
}

/**
 * Device master record: The approved product master of a device (21 CFR 820.181; ISO 13485 4.2.3 medical device file): the BOM revision, routing version, inspection-plan revisions and label specification a work order is made by. A work order copies and keeps the revisions in force when it was released.
 */
export interface DeviceMasterRecord {
  /**
   * Master record code: Ends with the version: DMR-IVS-20D-V1.
   */
  code: string;
  /**
   * Finished good
   */
  material: string;
  /**
   * Version
   */
  version: number;
  /**
   * Status
   */
  status: 'draft' | 'approved' | 'obsolete';
  /**
   * Bill of materials
   */
  billOfMaterials: string;
  /**
   * Routing version
   */
  routing: string;
  /**
   * Label specification revision
   */
  labelRevision: string;
  /**
   * Inspection plans
   *
   * @minItems 1
   */
  inspectionPlans: {
    /**
     * Plan
     */
    plan: string;
    /**
     * Revision
     */
    revision: number;
  }[];
  /**
   * Approved on
   */
  approvedOn?: string;
}

/**
 * Planned order: Starts production: the approved device master record to make, how many and when. The work order released from it pins the master record's revisions; the output lot is registered in quarantine.
 */
export interface PlannedOrder {
  /**
   * Planned order number
   */
  number: string;
  /**
   * Device master record: The approved master of the device to make, e.g. DMR-IVS-20D-V1.
   */
  deviceMasterRecord: string;
  /**
   * Planned quantity: Units of the finished good; each component's requirement is its quantity per unit times this.
   */
  quantityPlanned: number;
  /**
   * Planned start
   */
  plannedStartOn: string;
  /**
   * Planned finish
   */
  plannedFinishOn: string;
  /**
   * Expiry of the output lot: The expiry date of the lot this order makes, printed on its label and UDI. Shelf life is 3 years from manufacture (an assumption of the demo pack: check the device's validated shelf life).
   */
  expiresOn: string;
  /**
   * MES endpoint: Optional: the integration endpoint of the MES the operations are dispatched to. Empty: operators confirm each operation in the inbox.
   */
  mesEndpoint?: string;
  /**
   * Component store: Optional: the only location components are reserved from. Empty: any location.
   */
  componentLocation?: string;
}

/**
 * Work order: An order to make a quantity of a finished good by one routing version; it pins the revisions its device history record refers to.
 */
export interface WorkOrder {
  /**
   * Work order number
   */
  number: string;
  /**
   * Finished good
   */
  material: string;
  /**
   * Device master record: The approved master the revisions below were copied from when the order was released.
   */
  deviceMasterRecord?: string;
  /**
   * Routing version
   */
  routing: string;
  /**
   * Bill of materials
   */
  billOfMaterials?: string;
  /**
   * BOM revision
   */
  bomRevision: string;
  /**
   * Label specification revision
   */
  labelRevision: string;
  /**
   * Inspection plan revisions
   */
  inspectionPlans?: {
    /**
     * Plan
     */
    plan: string;
    /**
     * Revision
     */
    revision: number;
  }[];
  /**
   * Output lot
   */
  outputLot?: string;
  /**
   * Planned quantity
   */
  quantityPlanned: number;
  /**
   * Good quantity
   */
  quantityGood?: number;
  /**
   * Scrapped quantity
   */
  quantityScrapped?: number;
  /**
   * Planned start
   */
  plannedStartOn: string;
  /**
   * Planned finish
   */
  plannedFinishOn?: string;
  /**
   * Status
   */
  status: 'planned' | 'released' | 'in-progress' | 'completed' | 'closed' | 'cancelled';
}

/**
 * Lot: A lot of material, received or made. Only a released lot may be reserved, consumed or shipped; quarantine, hold and rejected block it.
 */
export interface Lot {
  /**
   * Lot number
   */
  lotNumber: string;
  /**
   * Material
   */
  material: string;
  /**
   * Status
   */
  status: 'quarantine' | 'released' | 'hold' | 'rejected';
  /**
   * Quantity received or made
   */
  quantity: number;
  /**
   * Production date
   */
  manufacturedOn?: string;
  /**
   * Expiry date
   */
  expiresOn?: string;
  /**
   * Supplier
   */
  supplier?: string;
  /**
   * Supplier lot
   */
  supplierLot?: string;
  /**
   * Receipt
   */
  receipt?: string;
  /**
   * Work order
   */
  workOrder?: string;
  /**
   * Notes
   */
  notes?: string;
}

/**
 * Inspection lot: One inspection of a lot by a plan, with a result per inspection point. Its outcome decides whether the lot is released.
 */
export interface InspectionLot {
  /**
   * Inspection lot number
   */
  number: string;
  /**
   * Lot
   */
  lot: string;
  /**
   * Inspection plan
   */
  inspectionPlan: string;
  /**
   * Receipt
   */
  receipt?: string;
  /**
   * Work order
   */
  workOrder?: string;
  /**
   * Status
   */
  status: 'open' | 'in-progress' | 'passed' | 'failed';
  /**
   * Inspector
   */
  inspector?: string;
  /**
   * Inspected at
   */
  inspectedAt?: string;
  /**
   * Results
   */
  results?: {
    /**
     * Inspection point
     */
    inspectionPoint: string;
    /**
     * Readings
     *
     * Items: Reading
     */
    readings?: number[];
    /**
     * Defects found
     */
    defectsFound?: number;
    /**
     * Result
     */
    result: 'pass' | 'fail';
    /**
     * Gauge used
     */
    equipment?: string;
    /**
     * Note
     */
    note?: string;
  }[];
}

/**
 * Nonconformance report: Nonconforming product (21 CFR 820.90, ISO 13485 8.3): reviewed by the material review board, dispositioned with a justification and an electronic signature.
 */
export interface NonconformanceReport {
  /**
   * NCR number
   */
  number: string;
  /**
   * Found at
   */
  source: 'incoming-inspection' | 'in-process' | 'final-inspection' | 'sterilization' | 'customer-complaint';
  /**
   * Lot
   */
  lot: string;
  /**
   * Inspection lot
   */
  inspectionLot?: string;
  /**
   * Work order
   */
  workOrder?: string;
  /**
   * Supplier
   */
  supplier?: string;
  /**
   * Nonconformity
   */
  description: string;
  /**
   * Quantity affected
   */
  quantityAffected?: number;
  /**
   * Severity
   */
  severity: 'critical' | 'major' | 'minor';
  /**
   * Status
   */
  status: 'open' | 'mrb-review' | 'dispositioned' | 'closed';
  /**
   * Disposition
   */
  disposition?: 'use-as-is' | 'rework' | 'scrap' | 'return-to-supplier';
  /**
   * Justification: Why the disposition is safe; required before it is signed.
   */
  justification?: string;
  /**
   * CAPA number
   */
  capaNumber?: string;
  /**
   * Reported by
   */
  reportedBy?: string;
  /**
   * Reported at
   */
  reportedAt?: string;
}

/**
 * MRB disposition: The material review board's decision on a nonconformance report (21 CFR 820.90, ISO 13485 8.3): use as is (concession), rework, scrap or return to supplier, with the justification. Completing the review signs this record with the meaning 'disposition decision'.
 */
export interface MrbDisposition {
  /**
   * Disposition number
   */
  number: string;
  /**
   * Nonconformance report
   */
  nonconformanceReport: string;
  /**
   * Disposition
   */
  disposition: 'use-as-is' | 'rework' | 'scrap' | 'return-to-supplier';
  /**
   * Justification: Why the disposition is safe and effective (at least 10 characters).
   */
  justification: string;
  /**
   * CAPA number
   */
  capaNumber?: string;
  /**
   * Supplier's return authorization
   */
  returnAuthorization?: string;
}

/**
 * Shipment: The distribution record (21 CFR 820.160): consignee, device, quantity, date and control numbers, with the UDI of each line. Lots are picked first-expired, first-out.
 */
export interface Shipment {
  /**
   * Shipment number
   */
  number: string;
  /**
   * Customer
   */
  customer: string;
  /**
   * Planned shipping date
   */
  plannedOn: string;
  /**
   * Shipped on
   */
  shippedOn?: string;
  /**
   * Carrier
   */
  carrier?: string;
  /**
   * Tracking number
   */
  trackingNumber?: string;
  /**
   * Status
   */
  status: 'planned' | 'picked' | 'shipped' | 'delivered' | 'cancelled';
  /**
   * Lines
   *
   * @minItems 1
   */
  lines: {
    /**
     * Material
     */
    material: string;
    /**
     * Lot
     */
    lot: string;
    /**
     * Quantity
     */
    quantity: number;
    /**
     * Shipped from
     */
    location?: string;
    /**
     * Expiry date
     */
    expiresOn?: string;
    /**
     * UDI: GS1 element string in human-readable form: (01) GTIN, (10) lot, (11) production date, (17) expiry YYMMDD.
     */
    udi: string;
    /**
     * Reason for shipping below minimum shelf life: Only when the customer accepted the shorter shelf life; needs an electronic signature.
     */
    shelfLifeOverrideReason?: string;
  }[];
}

/**
 * Sterilization load: An ethylene oxide load at the contract sterilizer (ISO 11135), covering one or more lots. No lot in it is released before the load is.
 */
export interface SterilizationLoad {
  /**
   * Load number
   */
  number: string;
  /**
   * Sterilization contractor
   */
  contractor: string;
  /**
   * Contractor's load number
   */
  contractorLoadNumber?: string;
  /**
   * Validated cycle
   */
  cycle: string;
  /**
   * Lots in the load
   *
   * @minItems 1
   *
   * Items: Lot
   */
  lots: string[];
  /**
   * Exposure started at
   */
  exposureStartedAt?: string;
  /**
   * Exposure temperature (°C)
   */
  exposureTemperature?: number;
  /**
   * Relative humidity (%)
   */
  relativeHumidity?: number;
  /**
   * EO concentration (mg/L)
   */
  eoConcentration?: number;
  /**
   * Exposure time (h)
   */
  exposureTime?: number;
  /**
   * Aeration time (h)
   */
  aerationTime?: number;
  /**
   * Biological indicator lot
   */
  biologicalIndicatorLot?: string;
  /**
   * Biological indicator result
   */
  biologicalIndicatorResult: 'pending' | 'pass' | 'fail';
  /**
   * Status
   */
  status: 'planned' | 'at-contractor' | 'awaiting-results' | 'released' | 'hold' | 'rejected';
}

/** The record shape of each built-in type, by type key. */
export interface PackRecordTypes {
  'customer': Customer;
  'equipment': Equipment;
  'in-process-inspection-result': InProcessInspectionResult;
  'incoming-inspection-result': IncomingInspectionResult;
  'inspection-decision': InspectionDecision;
  'material-shortage': MaterialShortage;
  'material': Material;
  'bill-of-materials': BillOfMaterials;
  'delivery-order': DeliveryOrder;
  'production-report': ProductionReport;
  'release-decision': ReleaseDecision;
  'rework-report': ReworkReport;
  'shelf-life-override': ShelfLifeOverride;
  'sterilization-result': SterilizationResult;
  'supplier': Supplier;
  'inspection-plan': InspectionPlan;
  'inspection-point': InspectionPoint;
  'purchase-order': PurchaseOrder;
  'purchase-approval': PurchaseApproval;
  'receipt': Receipt;
  'routing': Routing;
  'device-master-record': DeviceMasterRecord;
  'planned-order': PlannedOrder;
  'work-order': WorkOrder;
  'lot': Lot;
  'inspection-lot': InspectionLot;
  'nonconformance-report': NonconformanceReport;
  'mrb-disposition': MrbDisposition;
  'shipment': Shipment;
  'sterilization-load': SterilizationLoad;
}
