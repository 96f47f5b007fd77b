import { z } from 'zod';
import { characterCount, singleLineText } from '../text';

// Messages are i18n keys (validation.*); the client translates them, and they read well enough raw.

export const passwordRules = { minLength: 10, maxLength: 256 } as const;

/**
 * Any Unicode but control characters; length counts characters as the user sees them (code
 * points), not UTF-16 units or bytes: five emoji are five characters, and 200 are not too many.
 */
export const PasswordSchema = singleLineText()
  .refine((value) => characterCount(value) >= passwordRules.minLength, { message: 'validation.passwordTooShort' })
  .refine((value) => characterCount(value) <= passwordRules.maxLength, { message: 'validation.passwordTooLong' });

export const EmailSchema = singleLineText({ message: 'validation.email' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'validation.email' }).max(254, { message: 'validation.email' }));

export const PersonNameSchema = singleLineText()
  .trim()
  .min(1, { message: 'validation.required' })
  .max(100, { message: 'validation.tooLong' });

export const languages = ['sv', 'en'] as const;
export const LanguageSchema = z.enum(languages, { message: 'validation.language' });
export type Language = z.infer<typeof LanguageSchema>;

export const SignUpSchema = z.strictObject({
  name: PersonNameSchema,
  email: EmailSchema,
  password: PasswordSchema,
  language: LanguageSchema,
});
export type SignUpInput = z.infer<typeof SignUpSchema>;

export const SignInSchema = z.strictObject({
  email: EmailSchema,
  password: z.string().min(1, { message: 'validation.required' }),
});

export const RequestPasswordResetSchema = z.strictObject({ email: EmailSchema });

export const ResetPasswordSchema = z
  .strictObject({ newPassword: PasswordSchema, confirmPassword: z.string() })
  .refine((value) => value.newPassword === value.confirmPassword, {
    message: 'validation.passwordsDiffer',
    path: ['confirmPassword'],
  });

export const ChangePasswordSchema = z
  .strictObject({
    currentPassword: z.string().min(1, { message: 'validation.required' }),
    newPassword: PasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    message: 'validation.passwordsDiffer',
    path: ['confirmPassword'],
  });

export const UpdateProfileSchema = z.strictObject({
  name: PersonNameSchema.optional(),
  language: LanguageSchema.optional(),
});
export type UpdateProfileInput = z.infer<typeof UpdateProfileSchema>;

export const DeleteAccountSchema = z.strictObject({
  password: z.string().min(1, { message: 'validation.required' }),
});
