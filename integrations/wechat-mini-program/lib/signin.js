// One-time sign-in ticket for the storefront.
//
// wx.login() gives a short-lived code; the backend exchanges it with WeChat
// (jscode2session) and answers 201 {"ticket": "..."}. The web page hands the
// ticket to the storefront (/auth/mini?ticket=...), which signs the visitor in.
// Any failure resolves null: the storefront then opens signed out and the
// visitor can still browse and sign in normally.
// Never log the code or the ticket.
const { SITE } = require('../config.js');

function ticket() {
  return new Promise((resolve) => {
    const none = () => resolve(null);
    try {
      wx.login({
        success(res) {
          if (!res || !res.code) return none();
          wx.request({
            url: SITE + '/api/v1/auth/wechat/mini',
            method: 'POST',
            data: { code: res.code },
            header: { 'content-type': 'application/json' },
            timeout: 10000,
            success(r) {
              const t = r && r.statusCode === 201 && r.data && r.data.ticket;
              resolve(typeof t === 'string' && t !== '' ? t : null);
            },
            fail: none,
          });
        },
        fail: none,
      });
    } catch (e) {
      none();
    }
  });
}

module.exports = { ticket };
