export declare const councilTables: Record<string, string>
export declare const councilChildTables: Record<string, string>
export declare const deploymentTables: string[]
