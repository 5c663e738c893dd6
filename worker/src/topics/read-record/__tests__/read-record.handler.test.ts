import { NotFoundError } from '@lotflow/api';
import { describe, expect, it } from 'vitest';
import { NonRetryableError } from '../../../task-runner/task-handler.js';
import { acceptsParameters, fakeKernel, taskContext } from '../../kernel-action/__tests__/fake-kernel.js';
import { readRecordHandler } from '../read-record.handler.js';

const supplier = {
  code: 'SUP-TUBE-01',
  status: 'active',
  certificates: [
    { number: 'Q5-9001', standard: 'iso-9001', expiresOn: '2030-01-01' },
    { number: 'Q5-13485', standard: 'iso-13485', expiresOn: '2027-05-14' },
  ],
  materialApprovals: [{ material: 'RM-TUBE-PVC-106', status: 'approved' }],
};

describe('lotflow.record.read', () => {
  it('needs a type, a code and at least one variable', () => {
    const handler = readRecordHandler(fakeKernel().kernel);
    expect(acceptsParameters(handler, { type: 'supplier', code: 'SUP-TUBE-01', variables: '{"supplierStatus": "status"}' })).toBe(true);
    expect(acceptsParameters(handler, { type: 'supplier', code: 'SUP-TUBE-01', variables: {} })).toBe(false);
    expect(acceptsParameters(handler, { type: 'supplier', code: 'SUP-TUBE-01', variables: { 'supplier-status': 'status' } })).toBe(false);
  });

  it('writes each path of the record as a variable: plain fields, list rows picked by a value, and null for what is missing', async () => {
    const { kernel, stubs } = fakeKernel();
    stubs.records.get.mockResolvedValue({ code: 'SUP-TUBE-01', values: supplier, issues: [] });
    const variables = JSON.stringify({
      supplierStatus: 'status',
      supplierApprovalStatus: 'materialApprovals[material=RM-TUBE-PVC-106].status',
      supplierCertificateExpiresOn: 'certificates[standard=iso-13485].expiresOn',
      otherApproval: 'materialApprovals[material=CP-DRIP-6ML].status',
      notes: 'notes',
      certificates: 'certificates',
    });
    const outcome = await readRecordHandler(kernel).handle(taskContext('Task_ReadSupplier', { type: 'supplier', code: 'SUP-TUBE-01', variables }));
    expect(outcome).toEqual({
      kind: 'complete',
      variables: {
        supplierStatus: 'active',
        supplierApprovalStatus: 'approved',
        supplierCertificateExpiresOn: '2027-05-14',
        otherApproval: null,
        notes: null,
        certificates: supplier.certificates,
      },
    });
    expect(stubs.records.get).toHaveBeenCalledWith('supplier', 'SUP-TUBE-01', 'en');
  });

  it('reports a record that does not exist as LOTFLOW_RECORD_INVALID, which the model can catch', async () => {
    const { kernel, stubs } = fakeKernel();
    stubs.records.get.mockRejectedValue(new NotFoundError("The supplier 'SUP-GONE'"));
    expect(await readRecordHandler(kernel).handle(taskContext('Task_ReadSupplier', { type: 'supplier', code: 'SUP-GONE', variables: { supplierStatus: 'status' } }))).toMatchObject({
      kind: 'bpmn-error',
      code: 'LOTFLOW_RECORD_INVALID',
      message: expect.stringContaining("Couldn't read the supplier 'SUP-GONE'"),
    });
  });

  it('sends a path that is not one to an incident: the model must be fixed', async () => {
    const { kernel } = fakeKernel();
    await expect(readRecordHandler(kernel).handle(taskContext('Task_ReadSupplier', { type: 'supplier', code: 'SUP-TUBE-01', variables: { supplierStatus: 'certificates[standard]' } }))).rejects.toThrow(
      NonRetryableError,
    );
  });
});
