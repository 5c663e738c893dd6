import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // The designer saves whole BPMN documents through server actions; 1 MB (the default) is tight.
    serverActions: { bodySizeLimit: '5mb' },
  },
};

export default nextConfig;
