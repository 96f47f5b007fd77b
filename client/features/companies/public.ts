// The only module other features may import from this one (biome.json enforces it); the rest is internal.
export { CompanyProfileFields, NewCompanyFields, SiteFields } from './company-fields';
