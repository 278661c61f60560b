import { describe, expect, it } from 'vitest';
import { CimError, cimErrors, GET_CIM_INSTANCE, GET_WMI_OBJECT } from '../../simulators/cim/index.js';
import { thrown } from '../support/thrown.js';
import { cimAt } from './fixtures.js';

const CIM_EXCEPTION = 'Microsoft.Management.Infrastructure.CimException';

function cimError(fn: () => unknown): CimError {
  const error = thrown(fn);
  expect(error).toBeInstanceOf(CimError);
  return error as CimError;
}

/** The fields PowerShell shows, for exact comparison. */
const shown = (e: CimError, cmdlet = GET_CIM_INSTANCE) => ({
  message: e.message,
  exceptionType: e.exceptionType,
  category: e.category,
  hresult: e.hresult,
  targetObject: e.targetObject,
  fullyQualifiedErrorId: e.fullyQualifiedErrorId(cmdlet),
});

describe('Get-CimInstance errors', () => {
  it('bad namespace: "Invalid namespace " with the typed namespace:class as target', () => {
    const e = cimError(() => cimAt().cim.getInstances('root/SecurityCenter2', 'AntivirusProduct'));
    expect(shown(e)).toEqual({
      message: 'Invalid namespace ',
      exceptionType: CIM_EXCEPTION,
      category: 'MetadataError',
      hresult: 0x8004100e,
      targetObject: 'root/SecurityCenter2:AntivirusProduct',
      fullyQualifiedErrorId:
        'HRESULT 0x8004100e,Microsoft.Management.Infrastructure.CimCmdlets.GetCimInstanceCommand',
    });
    expect(e.code).toBe('InvalidNamespace');
    expect(e.errorId).toBe('HRESULT 0x8004100e');
  });

  it('bad class: "Invalid class ", HRESULT 0x80041010', () => {
    const e = cimError(() => cimAt().cim.getInstances('root/wmi', 'ASUSHW'));
    expect(e.code).toBe('InvalidNamespace'); // root/wmi is not emulated: the namespace fails first
    const c = cimError(() => cimAt().cim.getInstances(undefined, 'Win32_Nothing'));
    expect(shown(c)).toEqual({
      message: 'Invalid class ',
      exceptionType: CIM_EXCEPTION,
      category: 'MetadataError',
      hresult: 0x80041010,
      targetObject: 'root\\cimv2:Win32_Nothing',
      fullyQualifiedErrorId:
        'HRESULT 0x80041010,Microsoft.Management.Infrastructure.CimCmdlets.GetCimInstanceCommand',
    });
  });

  it('bad query: "Invalid query ", HRESULT 0x80041017, InvalidArgument, no target', () => {
    const e = cimError(() => cimAt().cim.query(undefined, 'SELECT (size/1024) from Win32_DiskDrive'));
    expect(shown(e)).toEqual({
      message: 'Invalid query ',
      exceptionType: CIM_EXCEPTION,
      category: 'InvalidArgument',
      hresult: 0x80041017,
      targetObject: null,
      fullyQualifiedErrorId:
        'HRESULT 0x80041017,Microsoft.Management.Infrastructure.CimCmdlets.GetCimInstanceCommand',
    });
  });

  it('a -Filter goes the query path: errors there have no target', () => {
    const { cim } = cimAt();
    expect(
      cimError(() => cim.getInstances('root/nothing', 'Win32_Service', { filter: "Name='x'" })),
    ).toMatchObject({
      code: 'InvalidNamespace',
      targetObject: null,
    });
    expect(
      cimError(() => cim.getInstances(undefined, 'Win32_Nothing', { filter: "Name='x'" })),
    ).toMatchObject({
      code: 'InvalidClass',
      targetObject: null,
    });
    expect(cimError(() => cim.getInstances(undefined, 'Win32_Service', { filter: "Name='x" }))).toMatchObject(
      {
        code: 'InvalidQuery',
        message: 'Invalid query ',
      },
    );
    expect(cimError(() => cim.getInstances(undefined, 'Win32_Service', { filter: "Nmae='x'" })).code).toBe(
      'InvalidQuery',
    );
  });

  it('checks the namespace, then the query, then the class', () => {
    const { cim } = cimAt();
    expect(cimError(() => cim.query('root/nothing', 'garbage')).code).toBe('InvalidNamespace');
    expect(cimError(() => cim.query('root/cimv2', 'SELECT * FROM Win32_Nothing WHERE')).code).toBe(
      'InvalidQuery',
    );
    expect(cimError(() => cim.query('root/cimv2', 'SELECT * FROM Win32_Nothing')).code).toBe('InvalidClass');
  });
});

describe('the same failures as Get-WmiObject reports them', () => {
  const wmi = (e: CimError, request: Parameters<typeof cimErrors.forGetWmiObject>[1]) =>
    shown(cimErrors.forGetWmiObject(e, request), GET_WMI_OBJECT);
  const FQID = 'GetWMIManagementException,Microsoft.PowerShell.Commands.GetWmiObjectCommand';
  const MANAGEMENT = 'System.Management.ManagementException';

  it('bad namespace: the message quotes the namespace as typed', () => {
    const e = cimError(() => cimAt().cim.getInstances('ROOT\\virtualization\\v2', 'Msvm_PartitionableGpu'));
    expect(
      wmi(e, { namespace: 'ROOT\\virtualization\\v2', className: 'Msvm_PartitionableGpu', query: '' }),
    ).toEqual({
      message: 'Invalid namespace "ROOT\\virtualization\\v2"',
      exceptionType: MANAGEMENT,
      category: 'InvalidArgument',
      hresult: 0x8004100e,
      targetObject: null,
      fullyQualifiedErrorId: FQID,
    });
  });

  it('bad class: the message quotes -Class, or the class the query names; InvalidType', () => {
    const e = cimError(() => cimAt().cim.query('root/cimv2', 'select * from Win32_Volume'));
    expect(
      wmi(e, { namespace: 'root\\cimv2', className: 'WIN32_VOLUME', query: 'select * from WIN32_VOLUME' }),
    ).toEqual({
      message: 'Invalid class "WIN32_VOLUME"',
      exceptionType: MANAGEMENT,
      category: 'InvalidType',
      hresult: 0x80041010,
      targetObject: null,
      fullyQualifiedErrorId: FQID,
    });
    expect(
      wmi(e, { namespace: 'root\\cimv2', query: 'select HotFixID from Win32_Volume where x=1' }).message,
    ).toBe('Invalid class "Win32_Volume"');
  });

  it('bad query: the message quotes the whole query', () => {
    const query = 'select * from Win32_Product where Micro';
    const e = cimError(() => cimAt().cim.query(undefined, query));
    expect(wmi(e, { namespace: 'root\\cimv2', className: 'Win32_Product', query })).toEqual({
      message: 'Invalid query "select * from Win32_Product where Micro"',
      exceptionType: MANAGEMENT,
      category: 'InvalidArgument',
      hresult: 0x80041017,
      targetObject: null,
      fullyQualifiedErrorId: FQID,
    });
  });
});
