export declare const chromiumPath: string;
export declare function missingChromium(): string | undefined;
