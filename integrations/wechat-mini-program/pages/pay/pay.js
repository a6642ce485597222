// WeChat Pay for a storefront order.
//
// The storefront opens this page with
//   wx.miniProgram.navigateTo({url: '/pages/pay/pay?order=ID&timeStamp=..&nonceStr=..'
//     + '&package=..&signType=RSA&paySign=..'})   (every value URL-encoded)
// We ask WeChat to pay once, then go back to the order whatever happened: the
// server marks the order paid only after WeChat Pay's verified notification,
// and the storefront shows "confirming" until then.
const { decode, webPath } = require('../../lib/nav.js');

const PAY_FIELDS = ['timeStamp', 'nonceStr', 'package', 'signType', 'paySign'];
const BACK_DELAY_MS = 1200; // time to read "已取消支付" before leaving

Page({
  data: { status: '', error: '' },

  onLoad(q) {
    const query = q || {};
    const order = decode(query.order);
    const pay = {};
    PAY_FIELDS.forEach((k) => { pay[k] = decode(query[k]); });
    if (!/^\d{1,20}$/.test(order) || PAY_FIELDS.some((k) => pay[k] === '')) {
      this.setData({ error: '支付参数有误，请返回重试' });
      return;
    }
    this.order = order;
    this.setData({ status: '正在支付…' });
    // Called exactly once per page; never retried automatically.
    wx.requestPayment(Object.assign(pay, {
      success: () => {
        this.setData({ status: '支付完成，正在确认…' });
        this.backToOrder();
      },
      fail: (err) => {
        const cancelled = err && /cancel/.test(err.errMsg || '');
        this.setData({ status: cancelled ? '已取消支付' : '支付未完成' });
        setTimeout(() => this.backToOrder(), BACK_DELAY_MS);
      },
    }));
  },

  // Return to the storefront's order page: pop back to the web page that
  // opened us, or open the order afresh if we were not opened from it.
  backToOrder() {
    if (this.left) return;
    this.left = true;
    const pages = getCurrentPages();
    const prev = pages[pages.length - 2];
    if (prev && prev.route === 'pages/web/web') {
      wx.navigateBack();
    } else {
      wx.redirectTo({ url: webPath('/orders/' + this.order) });
    }
  },

  // "返回" button shown with an error.
  onBack() {
    if (getCurrentPages().length > 1) {
      wx.navigateBack();
    } else {
      wx.redirectTo({ url: webPath('/') });
    }
  },
});
