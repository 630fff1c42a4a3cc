// The fixed ids the seed creates and the extension relies on (roles, the reports folder, the report flow,
// the dashboard): one home, imported by both, so that the running extension never imports the installer.
export const ROLE_IDS = {
  coordinator: '0b3a6d1e-1c5f-4a57-9a0e-000000000001',
  supervisor: '0b3a6d1e-1c5f-4a57-9a0e-000000000002',
  enumerator: '0b3a6d1e-1c5f-4a57-9a0e-000000000003',
  analyst: '0b3a6d1e-1c5f-4a57-9a0e-000000000004',
  /** "Suivi post-sortie": traces released minors, the one role that reads their contact details. */
  followup: '0b3a6d1e-1c5f-4a57-9a0e-000000000005',
} as const;

export const REPORTS_FOLDER_ID = '0b3a6d1e-1c5f-4a57-9a0e-0000000000f1';
export const REPORT_FLOW_ID = '0b3a6d1e-1c5f-4a57-9a0e-0000000000e1';
export const REPORT_OPERATION_ID = '0b3a6d1e-1c5f-4a57-9a0e-0000000000e2';
export const BAROMETER_DASHBOARD_ID = '0b3a6d1e-1c5f-4a57-9a0e-0000000000d1';
/** The policy "Données non protégées": who holds it may ask for figures and exports without disclosure control. */
export const UNPROTECTED_DATA_POLICY_ID = '0b3a6d1e-1c5f-4a57-9a0e-0000000000a5';
