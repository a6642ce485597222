//! Texts of signing in and signing up (email, WeChat).
//! In the chunks of the areas that show them, never part of the first load (see `text.rs`).

use super::text::texts;

texts! {
    mod sign_in {
        SIGNIN_TITLE { zh_hans: "登录", zh_hant: "登入", en: "Sign in" }
        SIGNUP_TITLE { zh_hans: "注册", zh_hant: "註冊", en: "Create an account" }
        FIELD_EMAIL { zh_hans: "邮箱", zh_hant: "電子郵件", en: "Email" }
        FIELD_PASSWORD { zh_hans: "密码", zh_hant: "密碼", en: "Password" }
        FIELD_DISPLAY_NAME { zh_hans: "昵称", zh_hant: "暱稱", en: "Name" }
        SIGNIN_SUBMIT { zh_hans: "登录", zh_hant: "登入", en: "Sign in" }
        SIGNUP_SUBMIT { zh_hans: "注册并登录", zh_hant: "註冊並登入", en: "Create account" }
        SIGNIN_NO_ACCOUNT { zh_hans: "还没有账号？", zh_hant: "還沒有帳號？", en: "New here?" }
        SIGNIN_CREATE { zh_hans: "注册新账号", zh_hant: "註冊新帳號", en: "Create an account" }
        SIGNUP_HAVE_ACCOUNT { zh_hans: "已有账号？", zh_hant: "已有帳號？", en: "Already have an account?" }
        SESSION_EXPIRED {
            zh_hans: "登录已过期，请重新登录。",
            zh_hant: "登入已過期，請重新登入。",
            en: "Your session has expired. Please sign in again.",
        }
        SIGNIN_REQUIRED { zh_hans: "请先登录后继续。", zh_hant: "請先登入後繼續。", en: "Please sign in to continue." }
    }
    mod wechat_signin {
        WITH_WECHAT { zh_hans: "微信一键登录", zh_hant: "微信一鍵登入", en: "Sign in with WeChat" }
        WITH_NAME {
            zh_hans: "微信登录并使用我的微信昵称",
            zh_hant: "微信登入並使用我的微信暱稱",
            en: "Sign in with WeChat and use my WeChat name",
        }
        OR { zh_hans: "或使用邮箱登录", zh_hant: "或使用電子郵件登入", en: "Or sign in with email" }
        UNAVAILABLE {
            zh_hans: "这里暂不支持微信登录，请使用邮箱。",
            zh_hant: "這裡暫不支援微信登入，請使用電子郵件。",
            en: "WeChat sign-in is not available here; please use your email.",
        }
        SIGNING_IN { zh_hans: "正在通过微信登录…", zh_hant: "正在透過微信登入…", en: "Signing in with WeChat…" }
        FAILED {
            zh_hans: "微信登录没有完成（可能已过期）。请再试一次。",
            zh_hant: "微信登入沒有完成（可能已過期）。請再試一次。",
            en: "The WeChat sign-in did not complete (it may have expired). Please try again.",
        }
        AGAIN { zh_hans: "返回登录", zh_hant: "返回登入", en: "Back to sign in" }
        MINI_FAILED {
            zh_hans: "小程序的登录已失效（只能用一次，一分钟内有效）。你可以继续浏览，或重新登录。",
            zh_hant: "小程式的登入已失效（只能用一次，一分鐘內有效）。你可以繼續瀏覽，或重新登入。",
            en: "The Mini Program's sign-in has expired (it works once, within a minute). Keep browsing, or sign in again.",
        }
        KEEP_BROWSING { zh_hans: "继续浏览", zh_hant: "繼續瀏覽", en: "Keep browsing" }
    }
}
