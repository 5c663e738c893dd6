import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The designer lints with the same rules as the api: they ship as TypeScript in @lotflow/processes.
  transpilePackages: ['@lotflow/processes'],
  experimental: {
    // The designer saves whole BPMN documents through server actions; 1 MB (the default) is tight.
    serverActions: { bodySizeLimit: '5mb' },
  },
};

export default nextConfig;
